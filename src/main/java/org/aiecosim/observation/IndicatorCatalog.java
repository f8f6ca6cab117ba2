package org.aiecosim.observation;

import org.aiecosim.model.Lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.aiecosim.observation.Dimension.DEVELOPER_KIND;
import static org.aiecosim.observation.Dimension.FOLLOWER_REGION;
import static org.aiecosim.observation.Dimension.LAB;
import static org.aiecosim.observation.Dimension.LAB_KIND;
import static org.aiecosim.observation.Dimension.REGION;
import static org.aiecosim.observation.Dimension.REGION_LAB_KIND;
import static org.aiecosim.observation.Dimension.REGION_PAIR;
import static org.aiecosim.observation.MonthAggregates.share;
import static org.aiecosim.observation.Unit.AGENTS;
import static org.aiecosim.observation.Unit.DECADES;
import static org.aiecosim.observation.Unit.FLAG;
import static org.aiecosim.observation.Unit.H100E;
import static org.aiecosim.observation.Unit.HERFINDAHL;
import static org.aiecosim.observation.Unit.LOG10_FLOP;
import static org.aiecosim.observation.Unit.LOG10_H100E;
import static org.aiecosim.observation.Unit.MODELS;
import static org.aiecosim.observation.Unit.LABS;
import static org.aiecosim.observation.Unit.DECADES_PER_YEAR;
import static org.aiecosim.observation.Unit.SHARE_OF_FUNDING;
import static org.aiecosim.observation.Unit.MONTHS;
import static org.aiecosim.observation.Unit.POINTS;
import static org.aiecosim.observation.Unit.SHARE_OF_ADOPTERS;
import static org.aiecosim.observation.Unit.SHARE_OF_COMPUTE;
import static org.aiecosim.observation.Unit.SHARE_OF_DEVELOPERS;
import static org.aiecosim.observation.Unit.SHARE_OF_RELEASES;
import static org.aiecosim.observation.Unit.USD_M_PER_H100E;
import static org.aiecosim.observation.Unit.USD_M_PER_MONTH;
import static org.aiecosim.observation.Unit.USD_PER_DEVELOPER_MONTH;

/**
 * Every monthly indicator, declared once: name pattern, unit, description and reporter, in recording
 * order (the column order of {@code indicators.csv}). Adding an indicator is one {@link #one} line,
 * or one member in a {@link #each} family; an aggregate several reporters share goes in
 * {@link MonthAggregates}. The README's indicator list is generated from here ({@link IndicatorDocs})
 * and reports take units from here ({@link #unitOf}).
 */
public final class IndicatorCatalog {

    /** Window of months over which release shares are counted. */
    public static final int RELEASE_WINDOW = 12;

    private static final List<IndicatorFamily> FAMILIES = List.of(
            one("capability.frontier", POINTS, "best capability among active labs",
                    (a, i) -> a.model().frontierCapability()),
            one("capability.open", POINTS, "best open model released so far", (a, i) -> a.openBest),
            one("capability.closed", POINTS, "best capability among active closed labs", (a, i) -> a.closedBest),
            each(REGION,
                    member("capability.region.R", POINTS, "best capability among active labs of R", (a, r) -> a.regionBest[r]),
                    member("capability.region.R.open", POINTS, "best open model from R so far",
                            (a, r) -> a.model().bestOpenCapability(r)),
                    member("capability.region.R.closed", POINTS, "best capability among active closed labs of R",
                            (a, r) -> a.regionClosed[r])),
            one("capability.gap.closedOverOpen", POINTS, "best closed minus best open capability",
                    (a, i) -> a.closedBest - a.openBest),
            one("training.log10flop.frontier", LOG10_FLOP, "largest physical training run released so far",
                    (a, i) -> Math.log10(a.model().largestTrainingFlop())),
            one("training.log10flop.open", LOG10_FLOP, "largest physical training run of an open release so far",
                    (a, i) -> Math.log10(a.model().largestOpenTrainingFlop())),
            one("knowhow.frontier", DECADES, "best know-how among active labs", (a, i) -> a.bestKnowhow),
            one("lag.openBehindClosed", MONTHS, "months the closed frontier is ahead of the best open model",
                    (a, i) -> a.model().history().openClosedLag(a.month(), a.openBest, a.preGrowth)),
            each(FOLLOWER_REGION, member("lag.region.R", MONTHS, "months R is behind the first region",
                    (a, r) -> a.model().history().regionLag(0, r, a.month(), a.preGrowth))),
            one("adoption.adopted", SHARE_OF_DEVELOPERS, "developers building on any model",
                    (a, i) -> (double) a.adopted / a.model().developers().size()),
            one("adoption.open", SHARE_OF_ADOPTERS, "adopters on open models", (a, i) -> share(a.open, a.adopted)),
            one("adoption.closed", SHARE_OF_ADOPTERS, "adopters on closed models",
                    (a, i) -> share(a.adopted - a.open, a.adopted)),
            each(REGION, member("adoption.origin.R", SHARE_OF_ADOPTERS, "adopters on models from R",
                    (a, r) -> share(a.byOrigin[r], a.adopted))),
            each(REGION, member("adoption.open.origin.R", SHARE_OF_ADOPTERS, "open-model adopters on open models from R",
                    (a, r) -> share(a.openByOrigin[r], a.open))),
            each(DEVELOPER_KIND, member("adoption.open.kind.D", SHARE_OF_ADOPTERS,
                    "kind-D adopters (hobbyist, startup, enterprise) on open models",
                    (a, k) -> share(a.openByKind[k], a.adoptedByKind[k]))),
            each(REGION_PAIR, member("adoption.users.R1.origin.R2", SHARE_OF_ADOPTERS, "R1's adopters on models from R2",
                    (a, p) -> share(a.users[p], a.byRegion[p / a.regions()]))),
            each(REGION_PAIR,
                    member("adoption.users.R1.origin.R2.open", SHARE_OF_ADOPTERS, "R1's adopters on open models from R2",
                            (a, p) -> share(a.usersOpen[p], a.byRegion[p / a.regions()])),
                    member("adoption.users.R1.origin.R2.closed", SHARE_OF_ADOPTERS, "R1's adopters on closed models from R2",
                            (a, p) -> share(a.users[p] - a.usersOpen[p], a.byRegion[p / a.regions()]))),
            one("adoption.vendor.hhi", HERFINDAHL,
                    "concentration of adopters over vendors (the lab at the root of the family each adopter's model belongs to)",
                    (a, i) -> a.vendorHhi),
            one("adoption.vendor.topShare", SHARE_OF_ADOPTERS, "adopters on the largest vendor's family",
                    (a, i) -> a.vendorTopShare),
            one("derivatives.total", MODELS, "derivative models published so far (cumulative)", (a, i) -> a.derivatives),
            each(REGION, member("derivatives.origin.R", MODELS, "derivatives of models from R so far (cumulative)",
                    (a, r) -> a.derivativesByRegion[r])),
            each(REGION, member("derivatives.baseOrigin.R", MODELS,
                    "derivatives (by labs and developers) in families whose root model comes from R, so far (cumulative)",
                    (a, r) -> a.derivativesByBaseOrigin[r])),
            one("derivatives.byLabs", MODELS, "lab releases built on an open base so far (cumulative)", (a, i) -> a.labDerivatives),
            one("releases.foreignBaseShare", SHARE_OF_RELEASES, "releases built on an open base from another region, trailing 12 months",
                    (a, i) -> a.model().releaseLog().foreignBaseShareByRegion(a.month(), RELEASE_WINDOW, -1)),
            each(REGION, member("releases.foreignBaseShare.region.R", SHARE_OF_RELEASES,
                    "R's releases built on an open base from another region, trailing 12 months",
                    (a, r) -> a.model().releaseLog().foreignBaseShareByRegion(a.month(), RELEASE_WINDOW, r))),
            one("releases.openShare", SHARE_OF_RELEASES, "open releases, trailing 12 months",
                    (a, i) -> a.model().releaseLog().openShareByRegion(a.month(), RELEASE_WINDOW, -1)),
            each(REGION, member("releases.openShare.region.R", SHARE_OF_RELEASES, "open releases of R's labs, trailing 12 months",
                    (a, r) -> a.model().releaseLog().openShareByRegion(a.month(), RELEASE_WINDOW, r))),
            each(LAB_KIND, member("releases.openShare.kind.K", SHARE_OF_RELEASES,
                    "open releases of kind-K labs (frontier, bigtech, startup, academic), trailing 12 months",
                    (a, k) -> a.model().releaseLog().openShareByKind(a.month(), RELEASE_WINDOW, MonthAggregates.LAB_KINDS[k]))),
            each(REGION_LAB_KIND, member("releases.openShare.region.R.kind.K", SHARE_OF_RELEASES,
                    "open releases of R's kind-K labs, trailing 12 months",
                    (a, rk) -> a.model().releaseLog().openShareByRegionAndKind(a.month(), RELEASE_WINDOW,
                            rk / MonthAggregates.LAB_KINDS.length, MonthAggregates.LAB_KINDS[rk % MonthAggregates.LAB_KINDS.length]))),
            each(REGION, member("compute.stock.R", H100E, "compute stock of R's labs", (a, r) -> a.stock[r])),
            each(REGION, member("compute.share.R", SHARE_OF_COMPUTE, "R's share of all labs' compute",
                    (a, r) -> a.world > 0 ? a.stock[r] / a.world : Double.NaN)),
            one("compute.log10stock.world", LOG10_H100E, "all labs' compute stock",
                    (a, i) -> a.world > 0 ? Math.log10(a.world) : Double.NaN),
            one("chips.price", USD_M_PER_H100E, "market price of compute", (a, i) -> a.model().chipPrice()),
            one("revenue.open", USD_M_PER_MONTH, "revenue of open labs", (a, i) -> a.revenueOpen),
            one("revenue.closed", USD_M_PER_MONTH, "revenue of closed labs", (a, i) -> a.revenueClosed),
            one("revenue.api", USD_M_PER_MONTH, "revenue by source: API sales (revenue of labs whose current model is closed)",
                    (a, i) -> a.revenueClosed),
            one("revenue.hosting", USD_M_PER_MONTH,
                    "revenue by source: hosting (owners' share of hosting spend, revenue of labs whose current model is open)",
                    (a, i) -> a.revenueOpen),
            one("revenue.policy", USD_M_PER_MONTH, "revenue by source: open-source policy support paid to open labs",
                    (a, i) -> a.policySupport),
            one("price.closed.median", USD_PER_DEVELOPER_MONTH, "median price paid for closed models, weighted by adopters",
                    (a, i) -> a.closedMedianPrice),
            one("price.open.median", USD_PER_DEVELOPER_MONTH, "median price paid for open models (hosting), weighted by adopters",
                    (a, i) -> a.openMedianPrice),
            one("hhi.adoption", HERFINDAHL, "concentration of adopters over model families",
                    (a, i) -> a.adoptersTotal > 0 ? a.hhiAdoption : Double.NaN),
            one("hhi.revenue", HERFINDAHL, "concentration of revenue over model families",
                    (a, i) -> a.revenueTotal > 0 ? a.hhiRevenue : Double.NaN),
            one("knowhow.public", DECADES, "public know-how frontier", (a, i) -> a.model().knowledge().level()),
            each(REGION,
                    member("training.log10flop.region.R", LOG10_FLOP,
                            "physical training FLOP behind R's best model, its base's included", (a, r) -> a.regionBestLog10Flop[r]),
                    member("training.efficiency.region.R", DECADES,
                            "capability per training FLOP of R's best model: decades of effective compute above its physical FLOP",
                            (a, r) -> a.regionBestEfficiency[r]),
                    member("knowhow.region.R", DECADES, "best know-how among R's active labs", (a, r) -> a.regionKnowhow[r]),
                    member("knowhow.rate.region.R", DECADES_PER_YEAR,
                            "algorithmic progress of R: this month's know-how gain of R's best-know-how lab, annualised",
                            (a, r) -> a.regionKnowhowRate[r]),
                    member("funding.topShare.region.R", SHARE_OF_FUNDING, "share of this month's funding of R's labs that its best-funded lab receives",
                            (a, r) -> a.regionFunding[r] > 0 ? a.regionTopFunding[r] / a.regionFunding[r] : Double.NaN)),
            one("labs.nearFrontier", LABS, "active labs whose capability the frontier first reached at most 3 months earlier",
                    (a, i) -> a.nearFrontier),
            each(LAB,
                    member("lab.L.capability", POINTS, "capability of lab L's current model (NaN before entry)",
                            (a, l) -> lab(a, l).active(a.month()) ? lab(a, l).capability() : Double.NaN),
                    member("lab.L.open", FLAG, "whether L's current model is open (NaN before entry)",
                            (a, l) -> lab(a, l).active(a.month()) ? (lab(a, l).isOpen() ? 1 : 0) : Double.NaN),
                    member("lab.L.adopters", AGENTS, "developers building on L's current model", (a, l) -> lab(a, l).adopters()),
                    member("lab.L.vendorAdopters", AGENTS,
                            "developers building on any lab's model in the family rooted at L (L as vendor)",
                            (a, l) -> a.vendorAdopters[l]),
                    member("lab.L.revenue", USD_M_PER_MONTH, "L's revenue", (a, l) -> lab(a, l).revenue()),
                    member("lab.L.compute", H100E, "L's compute stock", (a, l) -> lab(a, l).compute()),
                    member("lab.L.derivatives", MODELS, "derivatives developers made of L's models so far (cumulative)",
                            (a, l) -> lab(a, l).derivatives()),
                    member("lab.L.familyDerivatives", MODELS, "derivatives by labs and developers in the family L's models root (cumulative)",
                            (a, l) -> a.model().families().derivatives(l)),
                    member("lab.L.family", FLAG, "index (from 0, in lab order) of the lab whose family L's current model belongs to",
                            (a, l) -> lab(a, l).family())));

    private IndicatorCatalog() {
    }

    /** All families in recording order. */
    public static List<IndicatorFamily> families() { return FAMILIES; }

    /** Indicator names for the given regions and labs, in recording order. */
    public static List<String> names(List<String> regions, List<String> labs) {
        List<String> names = new ArrayList<>();
        for (IndicatorFamily f : FAMILIES) f.names(regions, labs, names);
        return names;
    }

    /** The declaration {@code name} is an instance of, or null. */
    public static Indicator find(String name) {
        for (IndicatorFamily f : FAMILIES) for (Indicator i : f.members()) if (i.matches(name)) return i;
        return null;
    }

    /** Unit of indicator {@code name}, or null when no declaration matches it. */
    public static Unit unitOf(String name) {
        Indicator i = find(name);
        return i == null ? null : i.unit();
    }

    private static Lab lab(MonthAggregates a, int l) { return a.model().lab(l); }

    private static IndicatorFamily one(String name, Unit unit, String description, Reporter reporter) {
        return new IndicatorFamily(Dimension.NONE, List.of(member(name, unit, description, reporter)));
    }

    private static IndicatorFamily each(Dimension dimension, Indicator... members) {
        return new IndicatorFamily(dimension, Arrays.asList(members));
    }

    private static Indicator member(String pattern, Unit unit, String description, Reporter reporter) {
        return new Indicator(pattern, unit, description, reporter);
    }

    static {
        // A pattern declared twice would record two columns under one name.
        Set<String> patterns = new HashSet<>();
        for (IndicatorFamily f : FAMILIES) for (Indicator i : f.members()) {
            if (!patterns.add(i.pattern())) throw new IllegalStateException("indicator declared twice: " + i.pattern());
        }
    }
}
