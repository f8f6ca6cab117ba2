package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Opens a report in headless Chromium from the file system, for tests of the HTML reports. When
 * {@code /usr/bin/chromium} is missing the test is skipped, except on CI (environment variable
 * {@code CI} set), where a missing browser must not pass silently.
 */
public final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;
    private static final Pattern LOADED = Pattern.compile("data-images-loaded=\"(\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("data-images-total=\"(\\d+)\"");

    /** Number of images that loaded and number of images, as the page's script counted them. */
    public record ImageCount(int loaded, int total) {
    }

    private final Path workDir;

    /** A browser whose profile and scratch files go below {@code workDir} (a fresh folder per call). */
    public HeadlessChromium(Path workDir) {
        this.workDir = workDir;
    }

    /** Skips the calling test when Chromium is missing, or fails it on CI. */
    public static void requireInstalled() {
        if (Files.isExecutable(BINARY)) return;
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty()) {
            fail("chromium is missing (" + BINARY + "): the HTML report browser tests need it on CI; "
                    + "install it with apt-get install chromium");
        }
        assumeTrue(false, "chromium not installed (" + BINARY + "); browser test skipped");
    }

    /** The DOM of {@code html} after load (with scripts run), as Chromium serialises it. */
    public String dumpDom(Path html) throws IOException, InterruptedException {
        return run(List.of("--virtual-time-budget=5000", "--dump-dom", html.toUri().toString()));
    }

    /** What the report's load script wrote into {@code <body>}. */
    public ImageCount imageCount(Path html) throws IOException, InterruptedException {
        String dom = dumpDom(html);
        return new ImageCount(attribute(LOADED, dom), attribute(TOTAL, dom));
    }

    /** A screenshot of {@code html} at {@code width} × {@code height} pixels, written to {@code png}. */
    public BufferedImage screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--virtual-time-budget=5000", "--hide-scrollbars", "--screenshot=" + png,
                "--window-size=" + width + "," + height, html.toUri().toString()));
        assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode");
        return image;
    }

    /** Asserts that every image of {@code html} loaded in the browser, and that there is at least one. */
    public void assertAllImagesLoad(Path html) throws IOException, InterruptedException {
        ImageCount c = imageCount(html);
        assertTrue(c.total() > 0, "report has no images");
        assertEquals(c.total(), c.loaded(), "images that loaded in chromium");
    }

    /** Asserts that {@code image} shows a page: many non-white pixels in several colours. */
    public static void assertNotBlank(BufferedImage image) {
        int nonWhite = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) nonWhite++;
                colours.add(rgb);
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        assertTrue(nonWhite > pixels / 50, "screenshot nearly blank: " + nonWhite + " of " + pixels + " pixels not white");
        assertTrue(colours.size() >= 50, "screenshot has only " + colours.size() + " colours");
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path out = Files.createTempFile(workDir, "chromium", ".out");
        Path err = Files.createTempFile(workDir, "chromium", ".err");
        // To files, not pipes: a full stderr pipe would block the browser until the timeout.
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd + "\n" + tail(err));
        }
        if (p.exitValue() != 0) fail("chromium exited with " + p.exitValue() + ": " + cmd + "\n" + tail(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static int attribute(Pattern p, String dom) {
        Matcher m = p.matcher(dom);
        if (!m.find()) fail("no " + p.pattern() + " in the DOM; did the load script run?\n"
                + dom.substring(0, Math.min(dom.length(), 2000)));
        return Integer.parseInt(m.group(1));
    }
}
