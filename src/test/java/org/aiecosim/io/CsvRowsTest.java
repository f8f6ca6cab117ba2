package org.aiecosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** {@link CsvRows} writes the bytes Commons CSV's printer writes for the same fields. */
class CsvRowsTest {

    /** Awkward texts: empty, quotes, delimiters, line breaks, leading and trailing blanks, comment marks, non-ASCII. */
    private static final List<String> TEXTS = List.of("", "plain", "lag.region.China", "a,b", "say \"hi\"", "two\nlines",
            "cr\r", " lead", "trail ", "#hash", "!bang", "\"", ",", "Ünïcödé", "2022-01", "-1", "tab\t");

    private static final double[] NUMBERS = {0, -0.0, 1, -2.5e-5, 1e23, 4.9e-324, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1808.4999999999998, 123456789.0};

    /** The printer's line for fields as the report writers used to give them: numbers as CsvDialect.number. */
    private static String printed(List<Object> fields) throws IOException {
        StringBuilder b = new StringBuilder();
        CSVPrinter p = CsvDialect.printer(b);
        List<String> asText = new ArrayList<>();
        for (Object f : fields) {
            asText.add(f instanceof Double d ? CsvDialect.number(d) : f instanceof Long l ? Long.toString(l) : (String) f);
        }
        p.printRecord(asText);
        return b.toString();
    }

    private static String rows(List<List<Object>> records) throws IOException {
        StringWriter w = new StringWriter();
        CsvRows rows = new CsvRows(w);
        for (List<Object> r : records) {
            for (Object f : r) {
                if (f instanceof Double d) rows.number(d);
                else if (f instanceof Long l) rows.integer(l);
                else if ("".equals(f)) rows.empty();
                else rows.text((String) f);
            }
            rows.endRow();
        }
        rows.flush();
        return w.toString();
    }

    @Test
    void everyTextInEveryPositionIsQuotedAsByThePrinter() throws IOException {
        for (String a : TEXTS) {
            for (String b : TEXTS) {
                List<Object> r = List.of(a, b, a);
                assertEquals(printed(r), rows(List.of(r)), "fields " + r);
            }
        }
    }

    @Test
    void numbersAreTheDigitsOfDoubleToStringAndNanIsEmpty() throws IOException {
        for (double x : NUMBERS) {
            List<Object> r = List.of(x, "name", x, (long) -7, x);
            assertEquals(printed(r), rows(List.of(r)), "value " + x);
        }
    }

    @Test
    void manyRandomRowsAcrossBufferFlushesAreThePrintersBytes() throws IOException {
        Random rnd = new Random(42);
        List<List<Object>> records = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            List<Object> r = new ArrayList<>();
            int n = 1 + rnd.nextInt(7);
            for (int k = 0; k < n; k++) {
                switch (rnd.nextInt(4)) {
                    case 0 -> r.add(TEXTS.get(rnd.nextInt(TEXTS.size())));
                    case 1 -> r.add((long) rnd.nextInt());
                    case 2 -> r.add(Double.longBitsToDouble(rnd.nextLong()));
                    default -> r.add(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20));
                }
            }
            records.add(r);
            expected.append(printed(r));
        }
        assertEquals(expected.toString(), rows(records));
    }
}
