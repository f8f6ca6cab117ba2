package org.aiecosim.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV dialect of every file aiecosim writes and reads, on Commons CSV: comma separated,
 * {@code \n} line ends (the same bytes on every platform), RFC 4180 quotes only around fields that
 * need them, a header row written by the caller. Numbers are formatted here, not by the library, so
 * they are locale-independent and round-trip exactly.
 */
public final class CsvDialect {

    /**
     * Writing and reading. Minimal quoting leaves plain names and numbers bare, as the files always had
     * them; besides commas, quotes and line breaks it also quotes a field that starts with a character
     * up to {@code #} (space, {@code !}, {@code "}) or ends in white space, which no name or number of
     * ours does.
     */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** For the few text columns that were always quoted, so their bytes stay what they were. */
    private static final CSVFormat ALWAYS_QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvDialect() {
    }

    /**
     * A printer onto {@code out}. Callers do not close it (that would close {@code out}, which they
     * do not own); it keeps no buffer of its own.
     */
    public static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, FORMAT);
    }

    /** A parser of {@code in}, every row a record (the header too); closing it closes {@code in}. */
    public static CSVParser parser(Reader in) throws IOException {
        return CSVParser.parse(in, FORMAT);
    }

    /** One record as text, without the line end (for header lines that are also compared or hashed). */
    public static String line(Iterable<?> fields) {
        StringBuilder b = new StringBuilder();
        try {
            new CSVPrinter(b, FORMAT).printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return b.substring(0, b.length() - 1);
    }

    /**
     * Appends {@code value} to the record being printed, in quotes whether it needs them or not. Not
     * for the first field of a record.
     */
    public static void printQuoted(CSVPrinter printer, String value) throws IOException {
        ALWAYS_QUOTED.print(value, printer.getOut(), false);
    }

    /** A number field: {@link Double#toString(double)}, and empty for NaN (undefined). */
    public static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /**
     * The {@link IOException} behind a malformed file, which the parser's iterator reports unchecked,
     * with {@code where} (file and line) in front.
     */
    public static IOException malformed(String where, UncheckedIOException e) {
        IOException cause = e.getCause();
        return new IOException(where + ": not valid CSV (" + (cause != null ? cause.getMessage() : e.getMessage()) + ")", e);
    }
}
