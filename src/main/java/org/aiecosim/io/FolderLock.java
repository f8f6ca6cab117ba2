package org.aiecosim.io;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An operating-system lock that makes one process the owner of an output folder for as long as it
 * writes there: {@code sweep}, {@code sensitivity} and {@code calibrate} hold it for the whole study,
 * {@code run} while it runs. The lock is on the file {@code .lock} in the folder, which also holds who
 * took it (process id, host, start time), so a second process can say who is in the way. The OS
 * releases the lock when its process dies, so a killed study never leaves a stale lock behind; a
 * second lock from another thread of the same JVM is refused the same way.
 */
public final class FolderLock implements Closeable {
    /** Name of the lock file inside the folder. */
    public static final String FILE = ".lock";

    /** The folder is held by another process (or thread); the message names the holder. */
    public static final class HeldException extends IOException {
        HeldException(String message) { super(message); }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (an existing folder) without waiting.
     *
     * @throws HeldException when another process or thread holds it
     * @throws IOException   when the lock file cannot be created or written (the folder is not writable)
     */
    public static FolderLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw new WriteFailedException(file, e);
        }
        if (lock == null) {
            channel.close();
            throw new HeldException(dir + " is in use by another aiecosim process (" + holder(dir)
                    + "); wait for it to finish or stop it, or choose another --out");
        }
        try {
            String who = "pid " + ProcessHandle.current().pid() + " on " + host() + ", started " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw new WriteFailedException(file, e);
        }
        return new FolderLock(file, channel, lock);
    }

    /** Who holds (or last held) the lock of {@code dir}, as written in its lock file. */
    public static String holder(Path dir) {
        try {
            String s = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "holder unknown" : s;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    /** True when some process (or thread of this one) holds the lock of {@code dir} now. */
    public static boolean isHeld(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return false;
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = c.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            int at = name.indexOf('@');
            return at >= 0 ? name.substring(at + 1) : "unknown host";
        }
    }

    /**
     * Deletes the lock file, then releases the lock: for a folder about to be renamed to its final
     * name, which must not carry the lock file. A process waiting on the old file finds the folder gone.
     */
    public void deleteAndRelease() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            close();
        }
    }

    /** Releases the lock (the file stays, with the last holder's details). */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            channel.close();
        }
    }
}
