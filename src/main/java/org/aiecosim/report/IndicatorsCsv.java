package org.aiecosim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.aiecosim.io.CsvRows;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;

/**
 * {@code indicators.csv}: every non-lab indicator of every replication in tidy long format,
 * {@code replication,seed,month,date,indicator,value}, ordered by replication, month (0-based),
 * then the table's indicator order. Undefined values are empty.
 */
public final class IndicatorsCsv {

    /** File name inside the result folder. */
    public static final String FILE = "indicators.csv";

    private IndicatorsCsv() {
    }

    /** Writes the CSV of {@code results} to {@code w}. */
    public static void write(Writer w, List<ReplicationResult> results) throws IOException {
        CsvRows csv = new CsvRows(w);
        csv.row("replication", "seed", "month", "date", "indicator", "value");
        for (ReplicationResult r : Csv.byReplication(results)) {
            IndicatorTable t = r.table();
            List<String> names = t.names();
            for (int m = 0; m < t.months(); m++) {
                String date = t.monthAt(m).toString();
                for (int i = 0; i < names.size(); i++) {
                    if (IndicatorNames.isLab(names.get(i))) continue;
                    csv.integer(r.replication()).integer(r.seed()).integer(m).text(date).text(names.get(i)).number(t.get(m, i));
                    csv.endRow();
                }
            }
        }
        csv.flush();
    }
}
