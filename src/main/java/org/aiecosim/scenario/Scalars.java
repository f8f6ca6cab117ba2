package org.aiecosim.scenario;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * How scenario scalars are read and how allowed values are described.
 *
 * <p>Scalars are interpreted from their text, not from YAML's type guess, so that {@code yes} is never
 * a number or a boolean, and a number written {@code 1.0E24} or {@code 60_000} is a number.
 */
final class Scalars {
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Format of dates in scenario files, for messages. */
    static final String MONTH_FORMAT = "YYYY-MM, e.g. 2022-10";

    private Scalars() {}

    /** The number written as {@code text}, or null when it is not a finite number. */
    static Double number(String text) {
        String t = text.trim();
        if (!NUMBER.matcher(t).matches()) return null;
        double v = Double.parseDouble(t.replace("_", ""));
        return Double.isFinite(v) ? v + 0.0 : null; // + 0.0 turns -0 into 0, which writes back the same
    }

    /** The integer written as {@code text} (also {@code 1e3} or {@code 20.0}), or null. */
    static Long integer(String text) {
        String t = text.trim().replace("_", "");
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            Double d = number(text);
            // Beyond 2^53 a double no longer says which integer was meant.
            if (d == null || d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) return null;
            return d.longValue();
        }
    }

    /** {@code true}/{@code false} (any case), or null; YAML 1.1's yes/no/on/off are refused as ambiguous. */
    static Boolean bool(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("true")) return true;
        if (t.equalsIgnoreCase("false")) return false;
        return null;
    }

    /** A {@code YYYY-MM} month, or null. */
    static YearMonth month(String text) {
        var m = MONTH.matcher(text.trim());
        if (!m.matches()) return null;
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return null;
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    /** Formats a month as scenario files write it. */
    static String month(YearMonth m) {
        return String.format("%04d-%02d", m.getYear(), m.getMonthValue());
    }

    /** A double as written in scenario files: integral values without ".0", others exactly (round-trips). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** "a number from 0 to 1", "a number >= 0", "any number". */
    static String realRange(double min, double max) {
        boolean lo = min > Double.NEGATIVE_INFINITY, hi = max < Double.POSITIVE_INFINITY;
        if (lo && hi) return "a number from " + number(min) + " to " + number(max);
        if (lo) return "a number >= " + number(min);
        if (hi) return "a number <= " + number(max);
        return "a number";
    }

    /** "an integer from 1 to 1200", "an integer". */
    static String integerRange(long min, long max) {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) return "an integer";
        if (max == Long.MAX_VALUE) return "an integer >= " + min;
        return "an integer from " + min + " to " + max;
    }

    /** " (unit)" or nothing for dimensionless values. */
    static String unit(String unit) {
        return unit == null || unit.isEmpty() || unit.equals("-") ? "" : " (" + unit + ")";
    }
}
