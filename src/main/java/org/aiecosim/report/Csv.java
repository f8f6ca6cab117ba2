package org.aiecosim.report;

import java.util.Comparator;
import java.util.List;

import org.aiecosim.result.ReplicationResult;

/**
 * What the report's CSV writers share beyond the dialect of {@link org.aiecosim.io.CsvDialect}: the
 * order of replications.
 */
final class Csv {

    private Csv() {
    }

    /** {@code results} ordered by replication index, so output does not depend on completion order. */
    static List<ReplicationResult> byReplication(List<ReplicationResult> results) {
        return results.stream().sorted(Comparator.comparingInt(ReplicationResult::replication)).toList();
    }
}
