package org.aiecosim.app;

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
        if (Files.exists(target)) return target + " already exists; existing results are never overwritten: choose a new --out folder";
        if (Files.exists(partial(target))) return partial(target) + " exists (an interrupted or concurrent run?); remove it or choose another --out";
        Path parent = target.toAbsolutePath().normalize().getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent != null && (!Files.isDirectory(parent) || !Files.isWritable(parent))) {
            return "cannot create " + target + ": " + parent + " is not a writable folder";
        }
        return null;
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
