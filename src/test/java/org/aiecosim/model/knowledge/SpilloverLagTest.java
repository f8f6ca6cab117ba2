package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpilloverLagTest {

    /** Public level 0.1 * month (plus 1) for months 0..29. */
    private static double level(int month) { return 1 + 0.1 * month; }

    @Test
    void returnsTheLevelLMonthsEarlierAndTheEarliestBeforeThat() {
        SpilloverLag lag = new SpilloverLag(3);
        assertEquals(3, lag.lag());
        for (int m = 0; m < 30; m++) {
            lag.record(m, level(m));
            double expected = m < 3 ? level(0) : level(m - 3);
            assertEquals(expected, lag.lagged(m), 0, "month " + m);
            // the buffer keeps only months m - L .. m, so an earlier month's lagged level is gone
            if (m >= 4) {
                int earlier = m - 1;
                assertThrows(IllegalArgumentException.class, () -> lag.lagged(earlier));
            }
        }
    }

    @Test
    void zeroLagReturnsTheCurrentLevel() {
        SpilloverLag off = new SpilloverLag(0);
        for (int m = 5; m < 20; m++) {
            off.record(m, level(m));
            assertEquals(level(m), off.lagged(m), 0);
        }
    }

    @Test
    void startsAtAnyMonthReRecordsAndFillsSkippedMonths() {
        SpilloverLag lag = new SpilloverLag(2);
        lag.record(-4, 7.0);
        assertEquals(7.0, lag.lagged(-4), 0);
        lag.record(-4, 7.5); // the same month again replaces it
        assertEquals(7.5, lag.lagged(-4), 0);
        lag.record(-3, 8.0);
        lag.record(0, 9.0); // -2 and -1 skipped: the frontier stayed at 8.0
        assertEquals(8.0, lag.lagged(0), 0); // month -2
        lag.record(1, 9.5);
        assertEquals(8.0, lag.lagged(1), 0); // month -1
        lag.record(10, 11.0); // a gap longer than the buffer
        assertEquals(9.5, lag.lagged(10), 0); // month 8 kept month 1's level
        assertThrows(IllegalArgumentException.class, () -> lag.record(9, 1.0), "months go forward");
        assertThrows(IllegalArgumentException.class, () -> lag.lagged(11), "month 11 not recorded yet");
        assertThrows(IllegalArgumentException.class, () -> lag.lagged(5), "month 3 left the buffer");
        assertThrows(IllegalStateException.class, () -> new SpilloverLag(1).lagged(0));
        assertThrows(IllegalArgumentException.class, () -> new SpilloverLag(-1));
    }

    @Test
    void survivesSerialisation() throws Exception {
        SpilloverLag lag = new SpilloverLag(4);
        for (int m = 0; m < 12; m++) lag.record(m, level(m));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(lag); }
        SpilloverLag copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SpilloverLag) in.readObject();
        }
        copy.record(12, level(12));
        assertEquals(level(8), copy.lagged(12), 0);
        assertEquals(level(7), lag.lagged(11), 0);
    }
}
