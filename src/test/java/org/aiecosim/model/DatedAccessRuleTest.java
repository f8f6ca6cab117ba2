package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a dated access rule acts from its month. Region B's developers build on region A's closed
 * model until an event at month 6 stops A's closed APIs being offered in B; from month 6 on none do.
 */
class DatedAccessRuleTest {

    @Test
    void apiBarredFromMonthSixLeavesNoAdoptersFromThatMonth() {
        Parameters p = DemandScenarios.parameters(List.of("A", "B"), 3000, q -> {
            q.set("region.A.openWeightLimit", 0); // A's lab cannot release open: its model stays a closed API
            q.set(RegionPolicy.apiAccessKey("B", "A"), 1);
            q.set(RegionPolicy.barrierKey("B", "A"), 0);
            q.set("developers.initialAdoption", 0.2);
            q.set("developers.reevaluationRate", 0.05);
            q.set("developers.switchingCost", 3); // adopters stay put unless the rule forces them out
        });
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("A-closed", "A", LabKind.FRONTIER, 1100, 0.2, false),
                DemandScenarios.lab("B-open", "B", LabKind.STARTUP, 950, 0.0, true));
        List<PolicyEvent> events = List.of(new PolicyEvent(6, Map.of(RegionPolicy.apiAccessKey("B", "A"), 0.0),
                "A's closed APIs no longer offered in B"));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 12, labs, events), 6L);
        m.start();
        int a = 0, b = 1;
        for (int month = 0; month < 12; month++) {
            m.schedule.step(m);
            assertFalse(m.lab(a).isOpen());
            int users = m.developers().adopters(b, a);
            if (month < 6) assertTrue(users > 0, "month " + month + ": B's developers on A's closed model: " + users);
            else assertEquals(0, users, "month " + month);
            assertTrue(m.developers().adopters(0, a) > 0, "A's own developers keep A's model");
        }
    }
}
