package org.aiecosim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

import org.aiecosim.result.ReplicationResult;

/**
 * The CSV dialect of the report: comma separated, {@code \n} line ends, header row, numbers as
 * {@link Double#toString(double)} (locale-independent, round-trips exactly), NaN as an empty field,
 * and RFC 4180 quoting of text fields that need it.
 */
final class Csv {

    private Csv() {
    }

    /** A number field; NaN (undefined) becomes empty. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A text field, quoted when it holds a comma, quote or line break. */
    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Writes one row of already formatted fields. */
    static void row(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) w.write(',');
            w.write(fields[i]);
        }
        w.write('\n');
    }

    /** {@code results} ordered by replication index, so output does not depend on completion order. */
    static List<ReplicationResult> byReplication(List<ReplicationResult> results) {
        return results.stream().sorted(Comparator.comparingInt(ReplicationResult::replication)).toList();
    }
}
