package org.aiecosim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model stays headless: no GUI, chart, command-line, report or scenario-file code in it. */
class ArchitectureTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(java\\.awt|javax\\.swing|org\\.jfree|picocli|com\\.fasterxml|sim\\.display|sim\\.portrayal"
                    + "|org\\.aiecosim\\.(report|cli|gui|scenario|experiment|observation))\\b.*", Pattern.MULTILINE);

    @Test
    void modelPackageImportsNoUiChartCliOrReportCode() throws IOException {
        Path model = Path.of("src/main/java/org/aiecosim/model");
        assertTrue(Files.isDirectory(model), "run from the project root");
        List<String> violations;
        try (Stream<Path> files = Files.walk(model)) {
            violations = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    String text = Files.readString(f);
                    return FORBIDDEN.matcher(text).results().map(r -> f.getFileName() + ": " + r.group().trim());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckWouldCatchAViolation() {
        assertTrue(FORBIDDEN.matcher("import org.jfree.chart.JFreeChart;").find());
        assertTrue(FORBIDDEN.matcher("import org.aiecosim.cli.Main;").find());
        assertTrue(!FORBIDDEN.matcher("import org.aiecosim.model.Lab;").find());
    }
}
