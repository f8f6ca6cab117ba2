package org.aiecosim.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader never sees a half-written file: the content goes to a hidden
 * temporary file ({@code .name.tmp}) in the same folder, which is then renamed atomically to the
 * final name. An existing final file is never overwritten; the write fails instead. Charts are
 * written as PNG through {@link #write} by {@code report.PngFiles}, so this class needs no chart library.
 */
public final class AtomicFiles {

    /** Produces the bytes of a file. */
    @FunctionalInterface
    public interface ByteContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the text of a file. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} as UTF-8 text produced by {@code content}. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            // Not closed here: closing the writer would close the stream write() still owns.
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes {@code target} with the bytes produced by {@code content}.
     *
     * @throws FileAlreadyExistsException when {@code target} (or its temporary file) already exists
     */
    public static void write(Path target, ByteContent content) throws IOException {
        Path name = target.getFileName();
        if (name == null) throw new IOException("not a file path: " + target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite an existing file");
        }
        Path tmp = target.resolveSibling("." + name + ".tmp");
        // CREATE_NEW: a leftover or concurrent temporary file is an error, and not ours to delete.
        OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(raw)) {
                content.writeTo(out);
            }
            // ATOMIC_MOVE may replace an existing file on POSIX; re-check right before it to keep
            // the window in which another writer could slip in as small as possible.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite an existing file");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }
}
