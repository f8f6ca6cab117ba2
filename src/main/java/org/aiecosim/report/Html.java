package org.aiecosim.report;

import java.nio.charset.StandardCharsets;

/** Escaping for the hand-written HTML of the reports (there is no HTML library on the class path). */
final class Html {

    private Html() {
    }

    /** {@code text} safe as element content and as a double- or single-quoted attribute value. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A plain file name of the same folder as a relative URL: percent-encodes everything but
     * unreserved characters, so names with spaces or {@code #} still resolve under file://.
     *
     * @throws IllegalArgumentException when {@code name} is not a plain file name
     */
    static String relativeUrl(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        // A leading "~" or "." is harmless in a relative URL; a colon would not be, and is encoded above.
        return sb.toString();
    }
}
