package org.aiecosim.model.strategy;

import java.io.Serializable;

/**
 * Payoffs of a release, open or closed, in $M over the release horizon H (months), from the
 * demand the lab expects for its new model in each mode (millions of real developers a month):
 * <pre>
 * closed = H (p_c U_c)
 * open   = H (s_h p_o U_o + (v + v_comp) U_o + r + support) &minus; cost of the lead given away
 * lead cost = c_lead &middot; lead &middot; (1 + rivals lifted within reach)     (paid once)
 * </pre>
 * where p are monthly prices per developer ($), s_h the share of hosting spend the owner captures,
 * v the value of a developer on its family (talent, data, feedback), v_comp the value to the lab's
 * other businesses of a developer on its open family (cloud, devices: "commoditise the complement",
 * Shapiro &amp; Varian 1999), r the reputation and hiring value of publishing, support the region's
 * policy support, lead the know-how lead over the public frontier (decades) and rivals lifted the
 * labs that building on the release would bring within reach of it. Selective revealing (Henkel
 * 2006): what is given away is priced once, at the release that gives it away, not every month.
 *
 * @param hostingShare    s_h, share of open-model hosting spend its owner captures
 * @param adopterValue    v, $ per developer-month on the lab's open family
 * @param reputationValue r, $M per month of an open release
 * @param leadCost        c_lead, $M per decade of know-how lead per (1 + rival lifted)
 */
public record ReleasePayoffs(double hostingShare, double adopterValue, double reputationValue, double leadCost)
        implements Serializable {

    /** Payoff of releasing closed, $M over {@code horizon} months. */
    public double closed(double horizon, double closedPrice, double closedUsersMillions) {
        return horizon * closedPrice * closedUsersMillions;
    }

    /** Payoff of releasing open, $M over {@code horizon} months. */
    public double open(double horizon, double openPrice, double openUsersMillions, double complementValue,
                       double policySupport, double lead, int rivalsLifted) {
        double monthly = hostingShare * openPrice * openUsersMillions + (adopterValue + complementValue) * openUsersMillions
                + reputationValue + policySupport;
        return horizon * monthly - oneTimeLeadCost(lead, rivalsLifted);
    }

    /** The one-time cost of the know-how lead an open release hands to rivals, $M. */
    public double oneTimeLeadCost(double lead, int rivalsLifted) {
        return leadCost * Math.max(0, lead) * (1 + Math.max(0, rivalsLifted));
    }
}
