package org.aiecosim.model.demand;

import java.io.Serializable;

/**
 * A dated access rule, like an export control: from {@code month} on, developers in
 * {@code developerRegion} have access level {@code access} to models of type {@code open} from
 * {@code originRegion}. Example: US closed APIs not offered in China:
 * {@code new AccessRule(m, CHINA, US, false, 0.0)}.
 *
 * @param month           first month (simulation month index) at which the rule acts
 * @param developerRegion region index of the developers
 * @param originRegion    region index of the model's origin
 * @param open            true for open weights, false for closed APIs
 * @param access          new access level in [0,1] (0 hard bar, 1 unrestricted)
 */
public record AccessRule(int month, int developerRegion, int originRegion, boolean open, double access)
        implements Serializable {

    public AccessRule {
        if (!(access >= 0 && access <= 1)) throw new IllegalArgumentException("access must be in [0,1], got " + access);
        if (developerRegion < 0 || originRegion < 0) throw new IllegalArgumentException("negative region index");
    }
}
