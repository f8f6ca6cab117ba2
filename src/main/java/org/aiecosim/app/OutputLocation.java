package org.aiecosim.app;

import org.aiecosim.io.FolderLock;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.report.ResultFolder;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a run writes: a fresh folder that never replaces existing results. Files are first written
 * into a hidden sibling {@code .NAME.partial} folder, which is renamed to its final name only when
 * everything is complete, so an interrupted run never leaves a folder that looks finished.
 */
public final class OutputLocation {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private OutputLocation() {}

    /** {@code results/<scenario>/<timestamp>-seed<seed>}, with a numeric suffix if that exists. */
    public static Path defaultFolder(Path resultsRoot, String scenario, long seed) {
        return defaultFolder(resultsRoot, scenario, "seed" + seed);
    }

    /** {@code results/<name>/<timestamp>[-<tag>]}, with a numeric suffix if that exists; no tag for an empty one. */
    public static Path defaultFolder(Path resultsRoot, String scenario, String tag) {
        String id = LocalDateTime.now().format(RUN_ID) + (tag.isEmpty() ? "" : "-" + tag);
        Path dir = resultsRoot.resolve(scenario).resolve(id);
        for (int i = 2; Files.exists(dir) || Files.exists(partial(dir)); i++) dir = resultsRoot.resolve(scenario).resolve(id + "-" + i);
        return dir;
    }

    /** The hidden working folder for {@code target}. */
    public static Path partial(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /** Explains why {@code target} cannot be used, or returns null when it can. */
    public static String problem(Path target) {
        if (target.toString().isEmpty()) return "an empty path is not a folder name";
        if (Files.exists(target)) return target + " already exists; existing results are never overwritten: choose a new --out folder";
        if (Files.exists(partial(target))) return busy(partial(target));
        Path parent = target.toAbsolutePath().normalize().getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent != null && (!Files.isDirectory(parent) || !Files.isWritable(parent))) {
            return "cannot create " + target + ": " + parent + " is not a writable folder";
        }
        return null;
    }

    /** The output folder cannot be used; the message says why (one line). */
    public static final class Unusable extends IOException {
        public Unusable(String message) { super(message); }
    }

    /**
     * The working folder of one run, claimed before anything is simulated: created atomically (so of
     * two processes given the same {@code --out}, the second fails at once) and locked
     * ({@link FolderLock}), which also proves it writable. {@link #publish()} renames it to the target;
     * {@link #close()} without publishing deletes it with everything in it, so a failed run leaves
     * nothing behind.
     */
    public static final class Claim implements AutoCloseable {
        private final Path target;
        private final ResultFolder folder;
        private FolderLock lock;
        private boolean published;
        private boolean kept;

        private Claim(Path target, ResultFolder folder, FolderLock lock) {
            this.target = target;
            this.folder = folder;
            this.lock = lock;
        }

        public Path target() { return target; }

        public Path work() { return folder.dir(); }

        public ResultFolder folder() { return folder; }

        /** Renames the finished working folder to the target (without its lock file). */
        public void publish() throws IOException {
            lock.deleteAndRelease();
            lock = null;
            OutputLocation.publish(folder.dir(), target);
            published = true;
        }

        /**
         * Keeps the working folder whatever happens (a study, which {@code --resume} continues) and
         * hands over its lock, which the caller now releases.
         */
        public FolderLock keep() {
            kept = true;
            return lock;
        }

        /** Deletes the working folder unless it was published or kept. */
        @Override
        public void close() throws IOException {
            if (published || kept) return;
            try {
                if (lock != null) lock.close();
            } finally {
                deleteTree(folder.dir());
            }
        }
    }

    /**
     * Claims {@code target}: checks it is free, creates its working folder atomically and locks it.
     *
     * @throws Unusable when it cannot be used, saying why
     */
    public static Claim claim(Path target) throws Unusable {
        String problem = problem(target);
        if (problem != null) throw new Unusable(problem);
        Path work = partial(target);
        ResultFolder folder;
        try {
            folder = ResultFolder.create(work);
        } catch (FileAlreadyExistsException e) {
            throw new Unusable(busy(work));
        } catch (IOException e) {
            throw new Unusable("cannot create " + work + ": " + WriteFailedException.reason(e));
        }
        try {
            return new Claim(target, folder, FolderLock.acquire(work));
        } catch (IOException e) {
            try {
                deleteTree(work);
            } catch (IOException ignored) {
                // reported below
            }
            throw new Unusable(e instanceof WriteFailedException w ? w.getMessage() : busy(work));
        }
    }

    /** Why an existing working folder is in the way: another process holds it, or it was left behind. */
    public static String busy(Path work) {
        if (FolderLock.isHeld(work)) {
            return work + " is in use by another aiecosim process (" + FolderLock.holder(work) + "); wait for it or choose another --out";
        }
        return work + " exists (left by an interrupted run); remove it or choose another --out";
    }

    /** Deletes {@code dir} and everything in it (nothing if it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    /** Renames the finished working folder to {@code target}. */
    public static void publish(Path work, Path target) throws IOException {
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "appeared while the run was writing; results kept in " + work);
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(work, target);
        }
    }
}
