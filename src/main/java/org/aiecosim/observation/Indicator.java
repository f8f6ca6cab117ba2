package org.aiecosim.observation;

/**
 * One declared indicator, or one member of a family: its name pattern (placeholder segments such as
 * {@code R} stand for the family index, see {@link Dimension}), unit, a short description for the
 * README, and the reporter that computes it.
 */
public record Indicator(String pattern, Unit unit, String description, Reporter reporter) {

    /**
     * Whether {@code name} is an instance of this pattern: same number of dot-separated segments,
     * each equal or matched by a placeholder (which stands for exactly one segment).
     */
    public boolean matches(String name) {
        String[] p = pattern.split("\\.", -1), n = name.split("\\.", -1);
        if (p.length != n.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals(n[i]) && !(Dimension.PLACEHOLDERS.contains(p[i]) && !n[i].isEmpty())) return false;
        }
        return true;
    }
}
