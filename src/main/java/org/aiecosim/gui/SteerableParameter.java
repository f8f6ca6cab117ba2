package org.aiecosim.gui;

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
        List<SteerableParameter> list = new ArrayList<>();
        for (String r : regions) {
            String p = "region." + r + ".";
            list.add(new SteerableParameter(p + "chipAccess", r + " chip access", true, 0, 1));
            list.add(new SteerableParameter(p + "leakage", r + " chip leakage", true, 0, 1));
            list.add(new SteerableParameter(p + "domesticGrowth", r + " domestic chip growth", true, 0, 0.2));
            // No slider: the rule is off at 1,000,000 points, and a slider over 0..1e6 cannot set 1,500.
            list.add(new SteerableParameter(p + "openWeightLimit", r + " open-weight limit", false, 0, 0));
            list.add(new SteerableParameter(p + "openSupport", r + " open-source support", true, 0, 100));
        }
        list.add(new SteerableParameter("market.supplyGrowth", "Chip supply growth", true, -0.1, 0.2));
        for (String kind : List.of("hobbyist", "startup", "enterprise")) {
            list.add(new SteerableParameter("developers.kind." + kind + ".openPreference",
                    Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " openness preference", true, -5, 5));
        }
        list.add(new SteerableParameter("developers.imitation", "Developer imitation (Bass q)", true, 0, 1));
        list.add(new SteerableParameter("developers.switchingCost", "Developer switching cost", true, 0, 10));
        list.add(new SteerableParameter("release.spilloverCost", "Cost of know-how given away", true, 0, 2000));
        list.add(new SteerableParameter("release.adopterValue", "Value of an open adopter", true, 0, 20));
        list.add(new SteerableParameter("release.choiceSensitivity", "Open/closed choice sensitivity", true, 0, 20));
        list.add(new SteerableParameter("training.fineTuneGain", "Fine-tune gain over open base", true, -200, 100));
        list.add(new SteerableParameter("economics.closedPrice", "Closed API price at frontier", true, 0, 50));
        list.add(new SteerableParameter("economics.openHostingCost", "Open-model hosting cost", true, 0, 50));
        return List.copyOf(list);
    }
}
