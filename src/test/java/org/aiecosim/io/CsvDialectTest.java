package org.aiecosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    private static String written(Object... fields) throws IOException {
        StringBuilder b = new StringBuilder();
        CsvDialect.printer(b).printRecord(fields);
        return b.toString();
    }

    private static List<List<String>> read(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CsvDialect.parser(new StringReader(text))) {
            for (CSVRecord r : p) rows.add(r.toList());
        }
        return rows;
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeededAndLinesEndInNewline() throws IOException {
        assertEquals("plain,1.5,,-2.0E-5,lag.region.China\n", written("plain", "1.5", "", "-2.0E-5", "lag.region.China"));
        assertEquals("x,\"a,b\"\n", written("x", "a,b"));
        assertEquals("x,\"say \"\"hi\"\"\"\n", written("x", "say \"hi\""));
        assertEquals("x,\"two\nlines\",\"cr\r\"\n", written("x", "two\nlines", "cr\r"));
    }

    @Test
    void numbersAreJavaDoublesAndNaNIsEmpty() {
        assertEquals("", CsvDialect.number(Double.NaN));
        assertEquals("1.0E-5", CsvDialect.number(1e-5));
        assertEquals("0.1", CsvDialect.number(0.1));
        assertEquals("-Infinity", CsvDialect.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void aLineIsARecordWithoutItsLineEnd() {
        assertEquals("run,point,\"a,b\"", CsvDialect.line(List.of("run", "point", "a,b")));
    }

    @Test
    void aQuotedFieldIsQuotedEvenWhenPlain() throws IOException {
        StringBuilder b = new StringBuilder();
        CSVPrinter p = CsvDialect.printer(b);
        p.print("1");
        CsvDialect.printQuoted(p, "plain");
        CsvDialect.printQuoted(p, "it's \"x\"");
        p.println();
        p.print("2");
        p.print("");
        p.println();
        assertEquals("1,\"plain\",\"it's \"\"x\"\"\"\n2,\n", b.toString());
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        String nasty = "a, \"quoted\"\nand a second line";
        String text = written("h1", "h2", "h3") + written("1", nasty, "") + written("2", "plain", "3.5");
        assertEquals(List.of(List.of("h1", "h2", "h3"), List.of("1", nasty, ""), List.of("2", "plain", "3.5")), read(text));
    }

    @Test
    void aMalformedFileIsAnErrorNamingWhere() throws IOException {
        try (CSVParser p = CsvDialect.parser(new StringReader("a,b\n1,\"unterminated\n"))) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> p.getRecords().size());
            IOException wrapped = CsvDialect.malformed("f.csv:2", e);
            assertTrue(wrapped.getMessage().startsWith("f.csv:2: not valid CSV ("), wrapped.getMessage());
        }
    }
}
