package org.aiecosim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.aiecosim.report.ReportColours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GUI as a person uses it, on a virtual display: starts {@code Xvfb}, runs {@link GuiDriver} in a
 * child JVM on it (the test JVM is headless), then checks the screenshot shows drawn charts and the
 * change made in the Model tab took effect from the next month. Skipped without Xvfb, except on CI
 * (environment variable {@code CI} set), where it fails: {@code .ci/run} installs it.
 */
class GuiUnderXvfbTest {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");

    @TempDir
    Path tmp;

    @Test
    void theConsoleStepsIsSteeredAndDrawsItsCharts() throws Exception {
        requireXvfb();
        int display = freeDisplay();
        Process xvfb = new ProcessBuilder(XVFB.toString(), ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("xvfb.log").toFile()).start();
        Process child = null;
        try {
            waitForSocket(display, xvfb);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            // Not -Djava.awt.headless=true (surefire's argLine): the child draws on the virtual display.
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", cp, GuiDriver.class.getName(), tmp.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("driver.log").toFile());
            pb.environment().put("DISPLAY", ":" + display);
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            child = pb.start();
            if (!child.waitFor(180, TimeUnit.SECONDS)) fail("the GUI driver did not finish in 180 s\n" + Files.readString(tmp.resolve("driver.log")));
            assertEquals(0, child.exitValue(), Files.readString(tmp.resolve("driver.log")));
        } finally {
            if (child != null) child.destroyForcibly();
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) xvfb.destroyForcibly();
        }

        Map<String, String> r = Files.readAllLines(tmp.resolve("report.txt")).stream()
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertEquals("0.05", r.get("accepted"), "the Model tab accepted the change");
        assertEquals(r.get("before"), r.get("afterChange"), "unchanged in the month already simulated");
        assertEquals("0.05", r.get("nextMonth"), "in force from the next month");
        assertEquals("[24:{region.China.chipAccess=0.05}]", r.get("events"), "recorded as an event");
        assertEquals("36", r.get("steps"));
        assertEquals("48", r.get("labRows")); // the baseline field: 30 listed and 18 generated labs
        assertEquals("4", r.get("matrixRows"));
        assertTrue(Integer.parseInt(r.get("chartPoints")) > 20 * 36, "points drawn: " + r.get("chartPoints"));
        assertTrue(Files.readString(tmp.resolve("saved.yaml")).contains("region.China.chipAccess: 0.05"), "saved with the change");

        // The first view: not blank; kept in target/ for docs/gui.png.
        BufferedImage first = ImageIO.read(tmp.resolve("first-view.png").toFile());
        assertFirstViewNotBlank(first);
        Files.copy(tmp.resolve("first-view.png"), Path.of("target", "gui-first-view.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BufferedImage shot = ImageIO.read(tmp.resolve("gui.png").toFile());
        String[] b = r.get("charts").split(",");
        BufferedImage charts = shot.getSubimage(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]), Integer.parseInt(b[3]));
        assertDrawn(charts);
    }

    /** The first view is not blank: the Console and the chart window drawn, with many colours and little black. */
    private static void assertFirstViewNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int black = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb == 0) black++;
            }
        }
        int sampled = (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(colours.size() >= 30, "first view has only " + colours.size() + " colours");
        assertTrue(black < sampled / 2, "first view mostly black (nothing drawn)");
    }

    /** Not blank: many non-white pixels, many colours, and lines in the regions' and open/closed colours. */
    private static void assertDrawn(BufferedImage image) {
        int nonWhite = 0;
        Set<Integer> colours = new HashSet<>();
        List<Integer> wanted = new ArrayList<>(List.of(ReportColours.region(0).getRGB() & 0xFFFFFF, ReportColours.region(1).getRGB() & 0xFFFFFF,
                ReportColours.OPEN.getRGB() & 0xFFFFFF, ReportColours.CLOSED.getRGB() & 0xFFFFFF));
        int[] hits = new int[wanted.size()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) nonWhite++;
                colours.add(rgb);
                int i = wanted.indexOf(rgb);
                if (i >= 0) hits[i]++;
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        assertTrue(nonWhite > pixels / 50, "charts nearly blank: " + nonWhite + " of " + pixels + " pixels not white");
        assertTrue(colours.size() >= 50, "charts have only " + colours.size() + " colours");
        for (int i = 0; i < hits.length; i++) assertTrue(hits[i] > 100, String.format("colour %06x drawn in %d pixels", wanted.get(i), hits[i]));
    }

    private static void requireXvfb() {
        if (Files.isExecutable(XVFB)) return;
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty()) fail("Xvfb is missing (" + XVFB + "): the GUI test needs it on CI; install it with apt-get install xvfb");
        assumeTrue(false, "Xvfb not installed (" + XVFB + "); GUI test skipped");
    }

    /** A display number with neither a lock file nor a socket. */
    private static int freeDisplay() {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return n;
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void waitForSocket(int display, Process xvfb) throws IOException, InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!xvfb.isAlive()) fail("Xvfb exited with " + xvfb.exitValue());
            Thread.sleep(100);
        }
        assertTrue(Files.exists(socket), "Xvfb did not open display :" + display);
    }
}
