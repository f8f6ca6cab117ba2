package org.aiecosim.model.demand;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Access rules: whether an option exists at all for a developer, by (developer region, model origin
 * region, type closed/open). Each triple has an access level a in [0,1], the share of developers of that
 * region for whom the option exists (for example through VPNs or resellers); its utility term is
 * <pre>
 * term = 0       if a = 1   (unrestricted)
 *      = ln(a)   if 0 &lt; a &lt; 1  (near-hard: multiplies the option's logit weight exp(V) by a)
 *      = -inf    if a = 0   (hard bar: probability exactly 0, see {@link Logit})
 * </pre>
 * Access rules are constraints that hold whatever a developer's tastes; they differ from
 * {@link TrustCost}, a finite, kind-dependent disutility that can never bar an option.
 *
 * <p>Dated rules ({@link AccessRule}) are scheduled once and applied by {@link #advanceTo(int)} from their
 * month on, in month order (ties in scheduling order). Lookups do not allocate.
 */
public final class AccessRules implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int regions;
    /** access[(r * regions + o) * 2 + (open ? 1 : 0)] */
    private final double[] access;
    private final List<AccessRule> scheduled = new ArrayList<>();
    private int applied;          // number of scheduled rules already applied
    private int month = Integer.MIN_VALUE;

    /** All options unrestricted (a = 1) among {@code regions} regions. */
    public AccessRules(int regions) {
        if (regions <= 0) throw new IllegalArgumentException("regions must be > 0");
        this.regions = regions;
        this.access = new double[regions * regions * 2];
        java.util.Arrays.fill(access, 1.0);
    }

    public int regions() { return regions; }

    private int index(int r, int o, boolean open) { return (r * regions + o) * 2 + (open ? 1 : 0); }

    /** Access level a in [0,1]. */
    public double access(int developerRegion, int originRegion, boolean open) {
        return access[index(developerRegion, originRegion, open)];
    }

    /** True unless the option is hard-barred (a = 0). */
    public boolean allowed(int developerRegion, int originRegion, boolean open) {
        return access[index(developerRegion, originRegion, open)] > 0;
    }

    /** Utility term: 0 for a = 1, ln(a) for 0 &lt; a &lt; 1, -infinity for a = 0. */
    public double utilityTerm(int developerRegion, int originRegion, boolean open) {
        double a = access[index(developerRegion, originRegion, open)];
        // ln(a): exp(V + ln a) = a exp(V); a = 0 gives -inf, a hard bar
        return a >= 1 ? 0.0 : a <= 0 ? Double.NEGATIVE_INFINITY : Math.log(a);
    }

    /** Sets the access level of one triple now. */
    public void set(int developerRegion, int originRegion, boolean open, double a) {
        if (!(a >= 0 && a <= 1)) throw new IllegalArgumentException("access must be in [0,1], got " + a);
        access[index(developerRegion, originRegion, open)] = a;
    }

    /** Sets the access level of both closed and open models of one region pair now. */
    public void setPair(int developerRegion, int originRegion, double a) {
        set(developerRegion, originRegion, false, a);
        set(developerRegion, originRegion, true, a);
    }

    /** Schedules a dated rule; it acts from its month, at the first {@link #advanceTo} reaching it. */
    public void schedule(AccessRule rule) {
        if (rule.developerRegion() >= regions || rule.originRegion() >= regions)
            throw new IllegalArgumentException("region index out of range: " + rule);
        if (rule.month() <= month)
            throw new IllegalArgumentException("rule dated " + rule.month() + " is not after current month " + month);
        scheduled.add(rule);
        // stable sort of the pending rules by month (earlier-applied rules are all dated <= month)
        scheduled.subList(applied, scheduled.size()).sort(Comparator.comparingInt(AccessRule::month));
    }

    /** Applies every scheduled rule dated at or before {@code month}; months must not decrease. */
    public void advanceTo(int month) {
        if (month < this.month) throw new IllegalArgumentException("month went back from " + this.month + " to " + month);
        this.month = month;
        while (applied < scheduled.size() && scheduled.get(applied).month() <= month) {
            AccessRule rule = scheduled.get(applied++);
            access[index(rule.developerRegion(), rule.originRegion(), rule.open())] = rule.access();
        }
    }
}
