package org.aiecosim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.aiecosim.report.ReportColours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GUI as a person uses it, on a virtual display: starts {@code Xvfb}, runs {@link GuiDriver} in a
 * child JVM on it (the test JVM is headless), then checks the first view (the whole Model tab with no
 * value cut off, charts that say to press Play, the play delay and the fixed seed, no warning printed,
 * and a screenshot in which the Console and the chart window are drawn, not blank), that the change
 * made in the Model tab took effect from the next month, and that the later screenshot shows drawn
 * charts. With {@code -Daiecosim.gui.update=true} the first view's screenshot becomes
 * {@code docs/gui.png} (Xvfb has no window manager, so the windows have no title bars).
 *
 * <p>Skipped without Xvfb or without the JDK's X11 toolkit (a "headless" JDK package), except on CI
 * (environment variable {@code CI} set), where it fails: {@code .ci/run} installs both.
 */
class GuiUnderXvfbTest {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    /** The README's picture of the GUI: the first view, written by this test with {@code -Daiecosim.gui.update=true}. */
    private static final Path DOC_IMAGE = Path.of("docs", "gui.png");
    private static final boolean UPDATE = Boolean.getBoolean("aiecosim.gui.update");

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

        // The first view, before anything is pressed: the whole Model tab, charts with a hint, no irrelevant warning.
        assertEquals("Model", r.get("firstTab"), "the Model tab in front");
        assertEquals("false", r.get("modelScrolls"), "the whole Model tab visible without scrolling");
        assertEquals(Integer.toString(SteerableParameter.forRegions(scenarioRegions()).size()), r.get("modelFields"), "every parameter's field showing");
        assertEquals("", r.get("modelCutOff"), "values cut off in their fields; shown: " + r.get("modelShown"));
        assertEquals("6", r.get("emptyCharts"));
        assertEquals(LiveCharts.EMPTY_HINT, r.get("chartHints"), "each empty chart says to press Play");
        assertEquals("0", r.get("percentAxesBelow100"), "an empty percent axis reads 0-100, not 0-1");
        assertEquals(Long.toString(AiEcosystemWithUI.PLAY_DELAY_MS), r.get("delay"));
        assertEquals("false", r.get("incrementSeed"), "the seed stays that of replication 0");
        String log = Files.readString(tmp.resolve("driver.log"));
        assertFalse(log.contains("Java3D") || log.contains("WARNING"), "warnings printed:\n" + log);

        BufferedImage first = ImageIO.read(tmp.resolve("first-view.png").toFile());
        assertDrawnWindow(first, bounds(r.get("firstConsole")), "the Console");
        assertDrawnWindow(first, bounds(r.get("firstCharts")), "the chart window");
        Files.createDirectories(Path.of("target"));
        Files.copy(tmp.resolve("first-view.png"), Path.of("target", "gui-first-view.png"), StandardCopyOption.REPLACE_EXISTING);
        if (UPDATE) Files.copy(tmp.resolve("first-view.png"), DOC_IMAGE, StandardCopyOption.REPLACE_EXISTING);

        BufferedImage shot = ImageIO.read(tmp.resolve("gui.png").toFile());
        String[] b = r.get("charts").split(",");
        BufferedImage charts = shot.getSubimage(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]), Integer.parseInt(b[3]));
        assertDrawn(charts);
    }

    /**
     * The window at {@code r} is drawn, not a blank panel: many colours (text is anti-aliased) and
     * some dark pixels (text, axes), where an empty grey frame has one colour and no dark pixel.
     */
    private static void assertDrawnWindow(BufferedImage image, Rectangle r, String what) {
        Rectangle on = r.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        assertTrue(on.width > 200 && on.height > 200, what + " is not on the screen: " + r);
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int y = on.y; y < on.y + on.height; y++) {
            for (int x = on.x; x < on.x + on.width; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int luminance = (299 * (rgb >> 16) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                if (luminance < 100) dark++;
            }
        }
        int pixels = on.width * on.height;
        assertTrue(colours.size() >= 40, what + " has only " + colours.size() + " colours: blank?");
        assertTrue(dark > pixels / 200, what + " has only " + dark + " dark pixels of " + pixels + ": nothing written in it?");
    }

    private static Rectangle bounds(String xywh) {
        String[] b = xywh.split(",");
        return new Rectangle(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]), Integer.parseInt(b[3]));
    }

    private static List<String> scenarioRegions() throws Exception {
        return org.aiecosim.scenario.ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).config().regions();
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
        Path toolkit = Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so");
        String missing = !Files.isExecutable(XVFB) ? "Xvfb (" + XVFB + "; apt-get install xvfb)"
                : !Files.exists(toolkit) ? "the JDK's X11 toolkit (" + toolkit + "; a headless JDK package: apt-get install openjdk-17-jre)"
                : null;
        if (missing == null) return;
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty()) fail("the GUI test needs " + missing + " on CI");
        assumeTrue(false, "GUI test skipped: it needs " + missing);
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
