package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, property through the whole model: a hard access rule gives zero adoption for every barred
 * pair at any parameter values. Over 30 random scenarios (2&ndash;4 regions, access of each region to
 * each origin's APIs and open weights 0, 1 or a share in (0,1), one dated change of an access rule,
 * the behavioural parameters drawn across their catalogue ranges), an observer checks every month,
 * for every developer region r and lab l, that r's developers do not build on l when r's access to
 * l's origin for l's current type (open weights or closed API) is 0.
 */
class AccessRulePropertyTest {

    /** Behavioural parameters drawn uniformly over their catalogue range in each scenario. */
    private static final List<String> BEHAVIOUR = List.of(
            "developers.initialAdoption", "developers.innovation", "developers.imitation", "developers.ties",
            "developers.homophily", "developers.reevaluationRate", "developers.switchingCost", "developers.taskFloor",
            "developers.taskConcentration", "developers.shortfallWeight", "developers.surplusWeight",
            "developers.surplusScale", "developers.capabilityTasteSd", "developers.priceTasteSd",
            "developers.networkWeight", "developers.openPreferenceSd", "developers.contributionRate",
            "developers.derivativeShare", "developers.ecosystemWeight",
            "release.choiceSensitivity", "release.adopterValue", "release.spilloverCost", "release.reachBand",
            "release.reputationValue", "economics.hostMargin", "economics.maxMarkup", "economics.competitionBand",
            "economics.openServiceShare", "lineage.capabilitySensitivity", "lineage.servingExponent");

    @Test
    void barredPairsNeverAdoptInAnyMonthOfAnyScenario() {
        MersenneTwisterFast gen = new MersenneTwisterFast(12_2026L);
        long barredChecks = 0, offeredWithAdopters = 0;
        for (int scenario = 0; scenario < 30; scenario++) {
            int nr = 2 + gen.nextInt(3);
            List<String> regions = new ArrayList<>();
            for (int r = 0; r < nr; r++) regions.add("R" + r);
            Parameters p = DemandScenarios.parameters(regions, 400, q -> { });
            for (String key : BEHAVIOUR) p.set(key, draw(p.catalog().spec(key), gen));
            for (DeveloperKind k : DeveloperKind.values()) {
                for (String name : List.of("share", "priceSensitivity", "openPreference", "trustMultiplier")) {
                    String key = "developers.kind." + k.key() + "." + name;
                    p.set(key, draw(p.catalog().spec(key), gen));
                }
            }
            for (String r : regions) for (String o : regions) {
                p.set(RegionPolicy.apiAccessKey(r, o), access(gen));
                p.set(RegionPolicy.openAccessKey(r, o), access(gen));
                p.set(RegionPolicy.barrierKey(r, o), gen.nextDouble() * 5);
            }
            List<LabSpec> labs = new ArrayList<>();
            LabKind[] kinds = LabKind.values();
            for (String r : regions) {
                int count = 1 + gen.nextInt(3);
                for (int i = 0; i < count; i++) {
                    labs.add(new LabSpec(r + "-" + i, r, kinds[gen.nextInt(kinds.length)], 500 + gen.nextDouble() * 5000,
                            500 + gen.nextDouble() * 10_000, -0.3 + 0.6 * gen.nextDouble(), 900 + 200 * gen.nextDouble(),
                            gen.nextBoolean(), gen.nextInt(4) == 0 ? 1 + gen.nextInt(6) : 0));
                }
            }
            String from = regions.get(gen.nextInt(nr)), to = regions.get(gen.nextInt(nr));
            String key = gen.nextBoolean() ? RegionPolicy.apiAccessKey(from, to) : RegionPolicy.openAccessKey(from, to);
            List<PolicyEvent> events = List.of(new PolicyEvent(1 + gen.nextInt(11), Map.of(key, access(gen)), "random rule"));
            AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 12, labs, events), gen.nextLong());
            long[] counts = new long[3];
            int s = scenario;
            m.addObserver((Steppable) state -> {
                AiEcosystem a = (AiEcosystem) state;
                for (int r = 0; r < a.regionNames().size(); r++) {
                    RegionPolicy policy = a.region(r).policy();
                    for (int l = 0; l < a.labCount(); l++) {
                        Lab lab = a.lab(l);
                        double access = lab.isOpen() ? policy.openAccess(lab.region) : policy.apiAccess(lab.region);
                        int adopters = a.developers().adopters(r, l);
                        if (access == 0) {
                            counts[0]++;
                            assertEquals(0, adopters, "scenario " + s + " month " + a.month() + ": developers of "
                                    + a.regionNames().get(r) + " on barred " + (lab.isOpen() ? "open " : "closed ") + lab.name);
                        } else if (adopters > 0) {
                            counts[2]++;
                        }
                    }
                }
            });
            m.runToEnd();
            barredChecks += counts[0];
            offeredWithAdopters += counts[2];
        }
        // The property was exercised: many barred pairs checked, and adoption happened where allowed.
        assertTrue(barredChecks > 1000, "barred pairs checked: " + barredChecks);
        assertTrue(offeredWithAdopters > 1000, "offered pairs with adopters: " + offeredWithAdopters);
    }

    /** 0, 1 or a share strictly between, each a third of the time. */
    private static double access(MersenneTwisterFast gen) {
        return switch (gen.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> gen.nextDouble(false, false);
        };
    }

    /** Uniform over the spec's range (integers rounded). */
    private static double draw(ParameterSpec spec, MersenneTwisterFast gen) {
        double v = spec.min() + gen.nextDouble() * (spec.max() - spec.min());
        return spec.type() == ParameterSpec.Type.INTEGER ? Math.rint(v) : v;
    }
}
