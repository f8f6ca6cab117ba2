package org.aiecosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTextAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.csv");
        AtomicFiles.writeText(target, w -> w.write("h\u00e9llo\n"));
        assertEquals("h\u00e9llo\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("a.csv"), listing());
    }

    @Test
    void refusesToOverwrite() throws IOException {
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.writeText(target, w -> w.write("new")));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("a.csv"), listing());
    }

    @Test
    void leavesAForeignTemporaryFileAlone() throws IOException {
        Path foreign = Files.writeString(dir.resolve(".c.csv.tmp"), "someone else's");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.writeText(dir.resolve("c.csv"), w -> w.write("x")));
        assertEquals("someone else's", Files.readString(foreign));
        assertEquals(List.of(".c.csv.tmp"), listing());
    }

    @Test
    void failedWriteLeavesNothingBehind() {
        Path target = dir.resolve("b.csv");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("partial");
            throw new IOException("disk full");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    private List<String> assertDoesNotThrowListing() {
        try {
            return listing();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
