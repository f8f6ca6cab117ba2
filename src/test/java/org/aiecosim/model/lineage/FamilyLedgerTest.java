package org.aiecosim.model.lineage;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FamilyLedgerTest {

    @Test
    void countsByKindAndDerivingRegion() {
        FamilyLedger ledger = new FamilyLedger(3, 2);
        ledger.addDerivative(0, 0);
        ledger.addDerivative(0, 1);
        ledger.addDerivative(0, 1);
        ledger.addDeveloperDerivatives(0, 0, 40);
        ledger.addDeveloperDerivatives(2, 1, 7);
        assertEquals(43, ledger.derivatives(0));
        assertEquals(3, ledger.labDerivatives(0));
        assertEquals(40, ledger.developerDerivatives(0));
        assertEquals(41, ledger.derivativesByDerivingRegion(0, 0));
        assertEquals(2, ledger.derivativesByDerivingRegion(0, 1));
        assertEquals(0, ledger.derivatives(1));
        assertEquals(7, ledger.derivatives(2));
        assertEquals(7, ledger.derivativesByDerivingRegion(2, 1));
        assertEquals(0, ledger.derivativesByDerivingRegion(2, 0));
        assertEquals(43.0, ledger.recentDerivatives(0), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> ledger.addDerivative(0, 2));
        assertThrows(IllegalArgumentException.class, () -> ledger.addDeveloperDerivatives(0, 0, -1));
    }

    @Test
    void recentCountDecaysGeometricallyAndCumulativeCountsDoNot() {
        FamilyLedger ledger = new FamilyLedger(1, 1);
        double rate = 0.1, expected = 0;
        for (int month = 0; month < 24; month++) {
            ledger.decay(rate);
            ledger.addDeveloperDerivatives(0, 0, 10);
            expected = (1 - rate) * expected + 10;
            assertEquals(expected, ledger.recentDerivatives(0), 1e-12);
        }
        assertEquals(240, ledger.derivatives(0));
        // steady state 10 / rate = 100, reached geometrically
        assertEquals(100 * (1 - Math.pow(0.9, 24)), ledger.recentDerivatives(0), 1e-9);
        ledger.decay(1);
        assertEquals(0.0, ledger.recentDerivatives(0), 0.0);
        ledger.decay(0);
        assertThrows(IllegalArgumentException.class, () -> ledger.decay(1.5));
        ledger.clear();
        assertEquals(0, ledger.derivatives(0));
    }

    @Test
    void serialisesWithItsCounts() throws Exception {
        FamilyLedger ledger = new FamilyLedger(2, 3);
        ledger.addDerivative(1, 2);
        ledger.addDeveloperDerivatives(1, 0, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ledger);
        }
        FamilyLedger copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (FamilyLedger) in.readObject();
        }
        assertEquals(6, copy.derivatives(1));
        assertEquals(1, copy.derivativesByDerivingRegion(1, 2));
        assertEquals(3, copy.regions());
    }
}
