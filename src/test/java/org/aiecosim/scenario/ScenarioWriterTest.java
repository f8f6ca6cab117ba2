package org.aiecosim.scenario;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioWriterTest {
    @TempDir
    Path dir;


    private static String write(Scenario s) throws IOException {
        StringWriter out = new StringWriter();
        ScenarioWriter.writeResolved(s, "0.1.0", out);
        return out.toString();
    }

    private static void assertSameScenario(Scenario a, Scenario b) {
        assertEquals(a.name(), b.name());
        assertEquals(a.description(), b.description());
        assertEquals(a.seed(), b.seed());
        assertEquals(a.replications(), b.replications());
        ModelConfig x = a.config(), y = b.config();
        assertEquals(x.start(), y.start());
        assertEquals(x.months(), y.months());
        assertEquals(x.regions(), y.regions());
        assertEquals(x.parameters().asMap(), y.parameters().asMap());
        assertEquals(x.labs(), y.labs());
        assertEquals(x.generators(), y.generators());
        assertEquals(x.events(), y.events());
    }

    @Test
    void resolvedFileRoundTrips() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.fixture("valid.yaml"));
        String text = write(s);
        Scenario back = TestFiles.load(dir, "resolved.yaml", text);
        assertSameScenario(s, back);
        assertEquals(text, write(back), "writing is byte-identical");
    }

    @Test
    void everyParameterIsStatedWithItsUnit() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.fixture("valid.yaml"));
        String text = write(s);
        for (ParameterSpec spec : s.config().parameters().catalog().specs()) {
            String value = spec.formatValue(s.config().parameters().get(spec.key()));
            assertTrue(text.matches("(?s).*\n  " + java.util.regex.Pattern.quote(spec.key() + ": " + value) + " +# [^\n]+\n.*"),
                    spec.key());
        }
        assertTrue(text.contains("\n# aiecosim 0.1.0\n"));
        assertTrue(text.startsWith("# Do US export controls"));
        System.out.println(text.substring(0, text.indexOf("  developers.count")) + "  ...");
    }

    @Test
    void awkwardValuesRoundTripExactly() throws Exception {
        String yaml = String.join("\n",
                "description: \"quote \\\" backslash \\\\ and\\nsecond line: # not a comment\"",
                "regions: [US, Yes, Null_Land]",
                "seed: -9007199254740993",
                "parameters:",
                "  market.supplyGrowth: 0.1234567890123456789",
                "  market.flopPerH100eMonth: 1.2345e22",
                "  region.Yes.capital: 1e-7",
                "labs:",
                "  - {name: \"true\", region: Yes, kind: academic, compute: 0.1, budget: 1e7, knowhow: -1e-9, capability: 3.3e-3}",
                "  - {name: \"null\", region: Null_Land, kind: bigtech, compute: 1, budget: 1, capability: 1}",
                "events:",
                "  - {date: 2022-01, set: {developers.globalImitation: true}}",
                "  - {date: 2022-01, note: 'second, same date', set: {developers.globalImitation: false}}",
                "");
        Scenario s = TestFiles.load(dir, "awkward.yaml", yaml);
        Scenario back = TestFiles.load(dir, "awkward-resolved.yaml", write(s));
        assertSameScenario(s, back);
        assertEquals(List.of("", "second, same date"), back.config().events().stream().map(e -> e.note()).toList());
    }
}
