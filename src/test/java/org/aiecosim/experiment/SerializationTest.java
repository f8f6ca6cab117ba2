package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.observation.IndicatorRecorder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** The whole model state is Serializable: a copy taken mid-run continues exactly like the original. */
class SerializationTest {

    @Test
    void aSerializedCopyContinuesWithTheSameHistory() throws Exception {
        ModelConfig config = TestConfigs.small(4000, 36);
        AiEcosystem model = new AiEcosystem(config, 77L);
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        model.start();
        for (int m = 0; m < 12; m++) model.schedule.step(model);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Object[] {model, recorder});
        }
        Object[] copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Object[]) in.readObject();
        }
        AiEcosystem resumed = (AiEcosystem) copy[0];
        IndicatorRecorder resumedRecorder = (IndicatorRecorder) copy[1];

        while (model.schedule.getSteps() < 36) model.schedule.step(model);
        while (resumed.schedule.getSteps() < 36) resumed.schedule.step(resumed);
        DeterminismTest.assertTablesEqual(recorder.table(), resumedRecorder.table());
    }
}
