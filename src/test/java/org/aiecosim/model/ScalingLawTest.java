package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScalingLawTest {

    @Test
    void capabilityRisesBySlopePerDecadeOfEffectiveCompute() {
        ScalingLaw law = new ScalingLaw(1e24, 1000, 100);
        assertEquals(1000, law.capability(1e24), 1e-9);
        assertEquals(1100, law.capability(1e25), 1e-9);
        assertEquals(1000 + 100 * Math.log10(2), law.capability(2e24), 1e-9);
        assertEquals(3.7e25, law.effectiveCompute(law.capability(3.7e25)), 1e12);
    }

    /**
     * Two closed labs identical except for a tenfold compute stock, no chip purchases, no
     * depreciation, release after two months: the bigger one's model is exactly one slope better,
     * and both sit where the scaling law puts them.
     */
    @Test
    void inTheModelTenfoldComputeGivesOneSlopeMoreCapability() {
        Parameters p = new Parameters(ParameterCatalog.forRegions(List.of("A")));
        p.set("developers.count", 100);
        p.set("market.depreciation", 0);
        p.set("lab.kind.frontier.releaseInterval", 1);
        p.set("knowledge.distillationRate", 0); // no know-how flows from the larger lab
        p.set("region.A.openWeightLimit", 0); // closed, so no open base lifts anyone
        p.set("release.choiceSensitivity", 100);
        p.set("knowledge.rdProductivity", 0);
        p.set("knowledge.absorption", 0);
        p.set("region.A.capital", 0); // no funding and no revenue, so no chip purchases
        p.set("economics.servingCost", 0);
        p.set("economics.maxMarkup", 1e-9);
        List<LabSpec> labs = List.of(
                new LabSpec("small", "A", LabKind.FRONTIER, 1000, 0, 0.2, 0, false, 0),
                new LabSpec("large", "A", LabKind.FRONTIER, 10_000, 0, 0.2, 0, false, 0));
        AiEcosystem m = new AiEcosystem(new ModelConfig(YearMonth.of(2022, 1), 2, p, labs, List.of(), List.of()), 1L).runToEnd();
        // compute-months since start = 2 x stock; effective = 0.4 x 2 x C x 1e21 FLOP x 10^0.2
        ScalingLaw law = ScalingLaw.of(p);
        double expectedSmall = law.capability(0.4 * 2 * 1000 * 1e21 * Math.pow(10, 0.2));
        assertEquals(expectedSmall, m.lab(0).capability(), 1e-9);
        assertEquals(p.get("scaling.slope"), m.lab(1).capability() - m.lab(0).capability(), 1e-9);
    }
}
