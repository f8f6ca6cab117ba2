package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {

    @TempDir
    Path tmp;

    @Test
    void createsFolderAndMissingParents() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("runs/2024/baseline"));
        assertTrue(Files.isDirectory(folder.dir()));
        Path file = folder.writeText("x.txt", w -> w.write("x"));
        assertEquals(folder.dir().resolve("x.txt"), file);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void refusesAnExistingFolderWithAClearMessage() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("old"));
        Files.writeString(dir.resolve("summary.csv"), "precious");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> ResultFolder.create(dir));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("precious", Files.readString(dir.resolve("summary.csv")));
    }

    @Test
    void refusesAnExistingFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> ResultFolder.create(file));
    }

    @Test
    void refusesNamesOutsideTheFolder() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("r"));
        assertThrows(IllegalArgumentException.class, () -> folder.resolve("../escape.csv"));
        assertThrows(IllegalArgumentException.class, () -> folder.resolve("sub/file.csv"));
    }
}
