package org.aiecosim.report;

import org.aiecosim.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;

/**
 * A freshly created folder that receives the files of one run. It is created by
 * {@link #create(Path)}, which refuses an existing path so results are never overwritten; every file
 * inside is written atomically with {@link AtomicFiles}.
 */
public final class ResultFolder {

    private final Path dir;

    private ResultFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates {@code dir} (and missing parents).
     *
     * @throws FileAlreadyExistsException when {@code dir} already exists, whether file or folder
     */
    public static ResultFolder create(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(abs.toString(), null,
                    "result folder already exists; choose a new folder, existing results are never overwritten");
        }
        Path parent = abs.getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            // createDirectory (not createDirectories) fails if someone created it in the meantime.
            Files.createDirectory(abs);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(abs.toString(), null,
                    "result folder already exists; choose a new folder, existing results are never overwritten");
        }
        return new ResultFolder(abs);
    }

    /** The folder itself (absolute). */
    public Path dir() {
        return dir;
    }

    /** Path of the file {@code name} inside the folder; {@code name} must be a plain file name. */
    public Path resolve(String name) {
        Path p = dir.resolve(name).normalize();
        if (!dir.equals(p.getParent())) throw new IllegalArgumentException("not a plain file name: " + name);
        return p;
    }

    /** Writes the text file {@code name} atomically. */
    public Path writeText(String name, AtomicFiles.TextContent content) throws IOException {
        Path p = resolve(name);
        AtomicFiles.writeText(p, content);
        return p;
    }

    /** Writes the PNG file {@code name} atomically. */
    public Path writePng(String name, JFreeChart chart, int width, int height) throws IOException {
        Path p = resolve(name);
        PngFiles.writePng(p, chart, width, height);
        return p;
    }

    /** Writes the file {@code name} atomically with arbitrary bytes. */
    public Path write(String name, AtomicFiles.ByteContent content) throws IOException {
        Path p = resolve(name);
        AtomicFiles.write(p, content);
        return p;
    }
}
