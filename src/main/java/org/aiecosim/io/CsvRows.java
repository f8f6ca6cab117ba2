package org.aiecosim.io;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a large CSV file in the dialect of {@link CsvDialect}, written without the per-field cost of a
 * {@link org.apache.commons.csv.CSVPrinter}: a run's {@code indicators.csv} has about 220,000 rows, and
 * writing them through the printer, one synchronized append per character run, was the long pole of
 * {@code aiecosim run} after its simulation (issue 16).
 *
 * <p>Text fields are still quoted by Commons CSV: each distinct text is printed once by
 * {@link CsvDialect#line}, as a row's first field and as a later one, and its quoted forms reused
 * (names repeat on every row). Numbers are
 * {@link CsvDialect#number}'s digits ({@link StringBuilder#append(double)} gives the same characters as
 * {@link Double#toString(double)}) and never need quotes. Rows collect in a buffer that goes to the
 * writer in large pieces; {@link #flush} writes the rest. {@code CsvRowsTest} checks that every field
 * kind gives the printer's bytes.
 */
public final class CsvRows {
    /** Buffered characters at which the buffer is handed to the writer. */
    private static final int CHUNK = 1 << 15;

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    /** Quoted forms by text, for the first field of a row and for the others (quoting may differ). */
    private final Map<String, String> quotedFirst = new HashMap<>();
    private final Map<String, String> quotedLater = new HashMap<>();
    private boolean rowStarted;

    /** Rows onto {@code out}, which the caller owns (it is flushed, never closed, here). */
    public CsvRows(Writer out) {
        this.out = out;
    }

    /** A text field, quoted as Commons CSV quotes it. */
    public CsvRows text(String value) {
        boolean first = !rowStarted;
        separate();
        buffer.append(first ? quotedFirst.computeIfAbsent(value, v -> CsvDialect.line(List.of(v)))
                : quotedLater.computeIfAbsent(value, v -> CsvDialect.line(List.of("x", v)).substring(2)));
        return this;
    }

    /** A whole-number field. */
    public CsvRows integer(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** A number field as {@link CsvDialect#number}: empty for NaN. */
    public CsvRows number(double value) {
        if (Double.isNaN(value)) return empty();
        separate();
        buffer.append(value);
        return this;
    }

    /** A header or other row of text fields. */
    public void row(String... fields) throws IOException {
        for (String f : fields) text(f);
        endRow();
    }

    /** An empty field (quoted as the printer quotes one: only as a row's first field). */
    public CsvRows empty() {
        return text("");
    }

    /** Ends the row; the buffer goes to the writer once it is large. */
    public void endRow() throws IOException {
        buffer.append('\n');
        rowStarted = false;
        if (buffer.length() >= CHUNK) drain();
    }

    /** Writes what is buffered and flushes the writer. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void separate() {
        if (rowStarted) buffer.append(',');
        rowStarted = true;
    }

    private void drain() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }
}
