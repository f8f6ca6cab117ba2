package org.aiecosim.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens a run's report.html in headless Chromium from the file system: all charts load, the page is drawn. */
class RunHtmlReportBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void everyChartLoadsAndThePageIsDrawn() throws Exception {
        HeadlessChromium.requireInstalled();
        Path html = SampleRunReport.write(tmp.resolve("run"), 36, 3);
        HeadlessChromium browser = new HeadlessChromium(tmp);
        browser.assertAllImagesLoad(html);
        BufferedImage shot = browser.screenshot(html, tmp.resolve("screenshot.png"), 1200, 2000);
        HeadlessChromium.assertNotBlank(shot);
        // -Dreport.screenshot=FILE keeps a copy for a human to look at.
        String keep = System.getProperty("report.screenshot");
        if (keep != null && !keep.isEmpty()) {
            java.nio.file.Files.copy(tmp.resolve("screenshot.png"), Path.of(keep),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
