package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package holds pure rules: its sources import nothing from other org.aiecosim packages. */
class PackageIsolationTest {

    @Test
    void sourcesImportNoOtherAiecosimPackage() throws IOException {
        Path dir = Path.of("src/main/java/org/aiecosim/model/knowledge");
        // any import or fully qualified name of another org.aiecosim package
        Pattern foreign = Pattern.compile("org\\.aiecosim\\.(?!model\\.knowledge\\b)");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.contains(dir.resolve("package-info.java")) && sources.size() >= 6, sources.toString());
        for (Path source : sources) {
            assertTrue(!foreign.matcher(Files.readString(source)).find(), source + " refers to another aiecosim package");
        }
    }
}
