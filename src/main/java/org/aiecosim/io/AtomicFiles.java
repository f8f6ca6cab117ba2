package org.aiecosim.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
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
 *
 * <p>A write that fails (a full disk, a folder that is not writable) removes the temporary file and
 * throws {@link WriteFailedException}, whose message names the file and the cause.
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
        OutputStream raw;
        try {
            raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailedException(target, e);
        }
        Recording recording = new Recording(raw);
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(recording)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                // A writer that meets a failing stream may fail in its own way (an image writer throws
                // NullPointerException): report the file system's error, which says what happened.
                if (recording.failure != null) throw new WriteFailedException(target, recording.failure);
                if (e instanceof IOException io && !(e instanceof FileAlreadyExistsException)) throw new WriteFailedException(target, io);
                throw e;
            }
            // ATOMIC_MOVE may replace an existing file on POSIX; re-check right before it to keep
            // the window in which another writer could slip in as small as possible.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite an existing file");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException e) {
                throw new WriteFailedException(target, e);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** Remembers the first failure of the file system, whatever the writer above makes of it. */
    private static final class Recording extends FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) { super(out); }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }
    }
}
