package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules travel with a checkpointed simulation: each record survives Java serialisation unchanged. */
class SerializationTest {

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(value); }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void recordsRoundTrip() throws Exception {
        ResearchProduction rp = new ResearchProduction(0.04, 0.6, 0.7, 1.2, 100, 1000);
        assertEquals(rp, roundTrip(rp));
        assertEquals(rp.advance(1, 2, 1), roundTrip(rp).advance(1, 2, 1), 0);
        AbsorptiveCapacity ac = new AbsorptiveCapacity(2, 0.1);
        assertEquals(ac, roundTrip(ac));
        Distillation d = new Distillation(0.05, 0.4);
        assertEquals(d, roundTrip(d));
        DirectedResearch dr = new DirectedResearch(0.25, 0.35);
        assertEquals(dr, roundTrip(dr));
    }
}
