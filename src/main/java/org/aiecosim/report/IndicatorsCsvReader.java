package org.aiecosim.report;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a run's tidy {@code indicators.csv} back into per-replication tables, so finished result
 * folders can be compared without rerunning them.
 */
public final class IndicatorsCsvReader {
    private IndicatorsCsvReader() {}

    private static final List<String> HEADER = List.of("replication", "seed", "month", "date", "indicator", "value");

    /** The replications of {@code file}, in the order they appear; a malformed file is an IOException naming file and line. */
    public static List<ReplicationResult> read(Path file) throws IOException {
        record Row(int rep, long seed, int month, YearMonth date, String indicator, double value) {}
        List<Row> rows = new ArrayList<>();
        try (CSVParser csv = CsvDialect.parser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Iterator<CSVRecord> it = csv.iterator();
            try {
                if (!it.hasNext() || !HEADER.equals(it.next().toList())) {
                    throw new IOException(file + ": not an aiecosim indicators.csv (unexpected header)");
                }
                while (it.hasNext()) {
                    CSVRecord f = it.next();
                    String where = file + ":" + csv.getCurrentLineNumber();
                    if (f.size() != HEADER.size()) throw new IOException(where + ": expected 6 fields, got " + f.size());
                    try {
                        rows.add(new Row(Integer.parseInt(f.get(0)), Long.parseLong(f.get(1)), Integer.parseInt(f.get(2)),
                                YearMonth.parse(f.get(3)), f.get(4), f.get(5).isEmpty() ? Double.NaN : Double.parseDouble(f.get(5))));
                    } catch (RuntimeException e) {
                        throw new IOException(where + ": " + e.getMessage());
                    }
                }
            } catch (UncheckedIOException e) {
                throw CsvDialect.malformed(file + ":" + csv.getCurrentLineNumber(), e);
            }
        }
        Map<Integer, List<Row>> byRep = new LinkedHashMap<>();
        for (Row row : rows) byRep.computeIfAbsent(row.rep(), k -> new ArrayList<>()).add(row);
        List<ReplicationResult> results = new ArrayList<>();
        for (var e : byRep.entrySet()) {
            List<Row> rs = e.getValue();
            LinkedHashSet<String> names = new LinkedHashSet<>();
            int months = 0;
            YearMonth start = null;
            for (Row row : rs) {
                names.add(row.indicator());
                months = Math.max(months, row.month() + 1);
                if (row.month() == 0) start = row.date();
            }
            if (start == null) throw new IOException(file + ": replication " + e.getKey() + " has no month 0");
            List<String> list = new ArrayList<>(names);
            IndicatorTable t = new IndicatorTable(start, list, months);
            Map<String, Integer> col = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) col.put(list.get(i), i);
            for (Row row : rs) t.set(row.month(), col.get(row.indicator()), row.value());
            results.add(new ReplicationResult(e.getKey(), rs.get(0).seed(), t));
        }
        return results;
    }
}
