package org.aiecosim.gui;

import org.aiecosim.model.DeveloperKind;
import org.aiecosim.model.DeveloperKindParams;
import org.aiecosim.model.DeveloperParams;
import org.aiecosim.model.EconomyParams;
import org.aiecosim.model.MarketParams;
import org.aiecosim.model.RegionPolicy;
import org.aiecosim.model.ReleaseParams;
import org.aiecosim.model.LineageParams;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter shown in the Console's Model tab, with the label it is shown under and the range of
 * its slider. The slider range is narrower than the parameter's allowed range where that range is
 * vast (0 to 100,000 $M/month); typed values are checked against the full range. A parameter without
 * a slider ({@code slider == false}) is edited as a number.
 *
 * @param key       parameter key, as in scenario files
 * @param label     name in the Model tab
 * @param slider    whether a slider is shown
 * @param sliderMin low end of the slider
 * @param sliderMax high end of the slider
 */
public record SteerableParameter(String key, String label, boolean slider, double sliderMin, double sliderMax) {

    /** The policy and behaviour parameters a what-if study moves, for the given regions, in display order. */
    public static List<SteerableParameter> forRegions(List<String> regions) {
        // Keys come from the parameter records' declarations, so a renamed key cannot be missed here.
        List<SteerableParameter> list = new ArrayList<>();
        for (String r : regions) {
            list.add(new SteerableParameter(RegionPolicy.key(r, RegionPolicy.CHIP_ACCESS), r + " chip access", true, 0, 1));
            list.add(new SteerableParameter(RegionPolicy.key(r, RegionPolicy.LEAKAGE), r + " chip leakage", true, 0, 1));
            list.add(new SteerableParameter(RegionPolicy.key(r, RegionPolicy.DOMESTIC_GROWTH), r + " domestic chip growth", true, 0, 0.2));
            // No slider: the rule is off at 1,000,000 points, and a slider over 0..1e6 cannot set 1,500.
            list.add(new SteerableParameter(RegionPolicy.key(r, RegionPolicy.OPEN_WEIGHT_LIMIT), r + " open-weight limit", false, 0, 0));
            list.add(new SteerableParameter(RegionPolicy.key(r, RegionPolicy.OPEN_SUPPORT), r + " open-source support", true, 0, 100));
        }
        list.add(new SteerableParameter(MarketParams.SUPPLY_GROWTH, "Chip supply growth", true, -0.1, 0.2));
        for (DeveloperKind kind : DeveloperKind.values()) {
            String name = kind.key();
            list.add(new SteerableParameter(DeveloperKindParams.key(kind, DeveloperKindParams.OPEN_PREFERENCE),
                    Character.toUpperCase(name.charAt(0)) + name.substring(1) + " openness preference", true, -5, 5));
        }
        list.add(new SteerableParameter(DeveloperParams.IMITATION, "Developer imitation (Bass q)", true, 0, 1));
        list.add(new SteerableParameter(DeveloperParams.SWITCHING_COST, "Developer switching cost", true, 0, 10));
        list.add(new SteerableParameter(ReleaseParams.SPILLOVER_COST, "Cost of know-how given away", true, 0, 2000));
        list.add(new SteerableParameter(ReleaseParams.ADOPTER_VALUE, "Value of an open adopter", true, 0, 20));
        list.add(new SteerableParameter(ReleaseParams.CHOICE_SENSITIVITY, "Open/closed choice sensitivity", true, 0, 20));
        list.add(new SteerableParameter(LineageParams.POST_TRAINING_EFFICIENCY, "Post-training efficiency on open bases", true, 0, 2));
        list.add(new SteerableParameter(EconomyParams.SERVING_COST, "Serving cost per developer-month", true, 0, 20));
        list.add(new SteerableParameter(EconomyParams.HOST_MARGIN, "Hosts' margin on open weights", true, 0, 2));
        return List.copyOf(list);
    }
}
