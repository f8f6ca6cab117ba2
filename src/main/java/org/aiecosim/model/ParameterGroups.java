package org.aiecosim.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed parameter records the model's phases read, built from {@link Parameters} when a run
 * starts and rebuilt, group by group, only when a dated event or a steered change sets a key of that
 * group. Phases thus read fields ({@code groups.knowledge().absorption()}) instead of looking up
 * string keys every month, and a parameter can be followed from the scenario file to the equation
 * that uses it through the record's factory (the only code that names its keys).
 *
 * <p>Which group a key belongs to is learned by watching which keys each factory reads, so there is
 * no second list of keys to keep in step; a key read by two factories is refused.
 */
public final class ParameterGroups implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DeveloperKind[] DEVELOPER_KINDS = DeveloperKind.values();
    private static final LabKind[] LAB_KINDS = LabKind.values();
    private static final int DEVELOPERS = 0, MARKET = 1, KNOWLEDGE = 2, TRAINING = 3, RELEASE = 4, ECONOMY = 5,
            LINEAGE = 6, CAPITAL = 7;
    private static final int FIRST_DEVELOPER_KIND = 8;
    private static final int FIRST_LAB_KIND = FIRST_DEVELOPER_KIND + DEVELOPER_KINDS.length;
    private static final int FIRST_REGION = FIRST_LAB_KIND + LAB_KINDS.length;

    private final List<String> regions;
    /** One immutable record per group (slot), in the order of the constants above. */
    private final Object[] records;
    private final HashMap<String, Integer> slotOfKey = new HashMap<>();
    private long rebuilds;

    /** Builds every record from the current values of {@code p}. */
    public ParameterGroups(Parameters p) {
        regions = p.catalog().regions();
        records = new Object[FIRST_REGION + regions.size()];
        for (int s = 0; s < records.length; s++) {
            int slot = s;
            records[s] = build(slot, key -> {
                Integer other = slotOfKey.putIfAbsent(key, slot);
                if (other != null) throw new IllegalStateException(key + " is read by two parameter records");
                return p.get(key);
            });
        }
    }

    private Object build(int slot, ParameterSource p) {
        return switch (slot) {
            case DEVELOPERS -> DeveloperParams.from(p);
            case MARKET -> MarketParams.from(p);
            case KNOWLEDGE -> KnowledgeParams.from(p);
            case TRAINING -> TrainingParams.from(p);
            case RELEASE -> ReleaseParams.from(p);
            case ECONOMY -> EconomyParams.from(p);
            case LINEAGE -> LineageParams.from(p);
            case CAPITAL -> CapitalParams.from(p);
            default -> slot < FIRST_LAB_KIND ? DeveloperKindParams.from(p, DEVELOPER_KINDS[slot - FIRST_DEVELOPER_KIND])
                    : slot < FIRST_REGION ? LabKindParams.from(p, LAB_KINDS[slot - FIRST_LAB_KIND])
                    : RegionPolicy.from(p, regions.get(slot - FIRST_REGION), regions);
        };
    }

    /**
     * Rebuilds the records that read any of {@code changedKeys} from the current values of {@code p};
     * the others stay the same objects.
     *
     * @return whether any record was rebuilt
     */
    boolean update(Parameters p, Collection<String> changedKeys) {
        boolean[] stale = new boolean[records.length];
        boolean any = false;
        for (String key : changedKeys) {
            Integer slot = slotOfKey.get(key);
            if (slot == null) throw new IllegalStateException("no parameter record reads " + key);
            stale[slot] = true;
            any = true;
        }
        for (int s = 0; s < records.length; s++) {
            if (!stale[s]) continue;
            records[s] = build(s, p);
            rebuilds++;
        }
        return any;
    }

    /** Number of records rebuilt since the start (for tests: a month without changes rebuilds none). */
    public long rebuilds() { return rebuilds; }

    /** Keys each group's factory reads, by key; for tests of the key-to-record mapping. */
    Map<String, Integer> groupOfKey() { return java.util.Collections.unmodifiableMap(slotOfKey); }

    public DeveloperParams developers() { return (DeveloperParams) records[DEVELOPERS]; }
    public MarketParams market() { return (MarketParams) records[MARKET]; }
    public KnowledgeParams knowledge() { return (KnowledgeParams) records[KNOWLEDGE]; }
    public TrainingParams training() { return (TrainingParams) records[TRAINING]; }
    public ReleaseParams release() { return (ReleaseParams) records[RELEASE]; }
    public EconomyParams economy() { return (EconomyParams) records[ECONOMY]; }
    public LineageParams lineage() { return (LineageParams) records[LINEAGE]; }
    public CapitalParams capital() { return (CapitalParams) records[CAPITAL]; }
    public DeveloperKindParams developerKind(DeveloperKind k) { return (DeveloperKindParams) records[FIRST_DEVELOPER_KIND + k.ordinal()]; }
    public LabKindParams labKind(LabKind k) { return (LabKindParams) records[FIRST_LAB_KIND + k.ordinal()]; }
    /** Policy of region {@code r} (index in the scenario's region order). */
    public RegionPolicy region(int r) { return (RegionPolicy) records[FIRST_REGION + r]; }
}
