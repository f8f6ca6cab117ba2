package org.aiecosim.experiment.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small study files for tests, based on the shipped baseline scenario. */
public final class StudyFiles {
    private StudyFiles() {}

    public static final String BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();

    /** A grid sweep over China's chip access with {@code points} values, small and fast. */
    public static Path grid(Path dir, String name, int points, int reps, int developers) throws IOException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < points; i++) values.append(i == 0 ? "" : ", ").append((double) i / Math.max(1, points - 1));
        String text = "# test sweep\nname: " + name + "\nscenario: " + BASELINE + "\nseed: 5\nreplications: " + reps + "\n"
                + "design: {type: grid}\n"
                + "parameters:\n  region.China.chipAccess: {values: [" + values + "]}\n"
                + "set:\n  developers.count: " + developers + "\n  region.China.leakage: 0.1\n"
                + "outcomes:\n  - {name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}\n"
                + "  - {name: share, indicator: compute.share.China, month: 2030-12}\n";
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }
}
