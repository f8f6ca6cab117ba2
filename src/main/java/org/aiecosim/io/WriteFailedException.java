package org.aiecosim.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A file could not be written; the message is one line naming the file and the cause, e.g.
 * {@code cannot write results/x/.runs.csv: No space left on device}.
 */
public final class WriteFailedException extends IOException {
    private final transient java.nio.file.Path file;

    public WriteFailedException(java.nio.file.Path file, Throwable cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public java.nio.file.Path file() { return file; }

    /** The plain reason of a failure, without class names or repeated paths. */
    public static String reason(Throwable e) {
        if (e instanceof WriteFailedException w) return reason(w.getCause());
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof FileSystemException) return e.getClass().getSimpleName().replace("Exception", "");
        if (e != null && e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        return e == null ? "unknown error" : e.getClass().getSimpleName();
    }
}
