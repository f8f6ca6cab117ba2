package org.aiecosim.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/** Escaping for the hand-written HTML of the reports, with Commons Text and the JDK's URL encoder. */
final class Html {

    /**
     * {@code & < > "} as {@code StringEscapeUtils.escapeHtml4} writes them, plus the apostrophe (which
     * escapeHtml4 leaves alone) so text is safe in single-quoted attributes too. Other characters stay
     * as they are: the page is UTF-8, and named entities for them would only make it harder to read.
     */
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(EntityArrays.BASIC_ESCAPE),
            new LookupTranslator(Map.of("'", "&#39;")));

    private Html() {
    }

    /** {@code text} safe as element content and as a double- or single-quoted attribute value. */
    static String escape(String text) {
        return ESCAPE.translate(text);
    }

    /**
     * A plain file name of the same folder as a relative URL: percent-encoded, so names with spaces,
     * {@code #}, {@code ?} or {@code :} still resolve under file://.
     *
     * @throws IllegalArgumentException when {@code name} is not a plain file name
     */
    static String relativeUrl(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        // URLEncoder encodes for HTML forms, where a space is "+"; in a path "+" is a literal plus (itself encoded as %2B).
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
