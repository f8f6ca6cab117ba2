package org.aiecosim.scenario;

/**
 * How messages quote what a user wrote: on one line and at most {@link #LIMIT} characters, so that
 * pointing {@code validate} at a large non-scenario file names the problem instead of pasting the file.
 */
public final class Quote {
    /** Characters of a user's value shown before it is cut with "…". */
    public static final int LIMIT = 60;

    private Quote() {}

    /** {@code 'text'}, made one line and shortened; the form every "got '...'" message uses. */
    public static String value(String text) {
        return "'" + text(text) + "'";
    }

    /** {@code text} without quotes, made one line and shortened to {@link #LIMIT} characters. */
    public static String text(String text) {
        return text(text, LIMIT);
    }

    /** {@code text} made one line and cut after {@code limit} characters (then "…"). */
    static String text(String text, int limit) {
        String line = oneLine(text);
        if (line.length() <= limit) return line;
        int end = limit;
        if (Character.isHighSurrogate(line.charAt(end - 1))) end--; // never split a character in two
        return line.substring(0, end) + "…";
    }

    /** {@code text} with line breaks, tabs and other control characters written as escapes (\n, \t, \u0007). */
    public static String oneLine(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(text.length() + 8).append(text, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? text : b.toString();
    }
}
