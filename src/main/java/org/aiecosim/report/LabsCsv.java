package org.aiecosim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.aiecosim.io.CsvRows;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;

/**
 * {@code labs.csv}: the per-lab indicators ({@code lab.L.*}) one row per replication, month and lab,
 * {@code replication,seed,month,date,lab,capability,open,adopters,revenue,compute,derivatives,vendorAdopters}. Labs are taken
 * from each replication's own table; a missing or undefined value is empty.
 */
public final class LabsCsv {

    /** File name inside the result folder. */
    public static final String FILE = "labs.csv";

    /** Per-lab quantities, in column order ({@code lab.L.<quantity>}). */
    static final List<String> QUANTITIES = List.of("capability", "open", "adopters", "revenue", "compute", "derivatives", "vendorAdopters");

    private LabsCsv() {
    }

    /** Writes the CSV of {@code results} to {@code w}. */
    public static void write(Writer w, List<ReplicationResult> results) throws IOException {
        CsvRows csv = new CsvRows(w);
        csv.row("replication", "seed", "month", "date", "lab",
                "capability", "open", "adopters", "revenue", "compute", "derivatives", "vendorAdopters");
        for (ReplicationResult r : Csv.byReplication(results)) {
            IndicatorTable t = r.table();
            List<String> labs = IndicatorNames.labs(t.names());
            int[][] col = new int[labs.size()][QUANTITIES.size()];
            for (int l = 0; l < labs.size(); l++) {
                for (int q = 0; q < QUANTITIES.size(); q++) {
                    col[l][q] = t.indexOf(IndicatorNames.LAB_PREFIX + labs.get(l) + "." + QUANTITIES.get(q));
                }
            }
            for (int m = 0; m < t.months(); m++) {
                String date = t.monthAt(m).toString();
                for (int l = 0; l < labs.size(); l++) {
                    csv.integer(r.replication()).integer(r.seed()).integer(m).text(date).text(labs.get(l));
                    for (int q = 0; q < QUANTITIES.size(); q++) {
                        if (col[l][q] < 0) csv.empty();
                        else csv.number(t.get(m, col[l][q]));
                    }
                    csv.endRow();
                }
            }
        }
        csv.flush();
    }
}
