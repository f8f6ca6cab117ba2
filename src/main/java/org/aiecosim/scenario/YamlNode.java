package org.aiecosim.scenario;

import java.util.List;

/**
 * A YAML value that remembers the line it was written on, so that validation errors can point at it.
 * Scalars keep their text as written; {@link Scalars} interprets it per field.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line where the node starts. */
    int line();

    /** Words for messages such as "expected a number, got a list". */
    String describe();

    /**
     * A scalar as written.
     *
     * @param text   the scalar's text without quotes
     * @param isNull whether YAML reads it as null (empty, {@code ~} or {@code null})
     */
    record Scalar(String text, boolean isNull, int line) implements YamlNode {
        @Override public String describe() { return isNull ? "nothing" : Quote.value(text); }
    }

    /** One {@code key: value} of a mapping; {@code keyLine} is where the key is written. */
    record Entry(String key, int keyLine, YamlNode value) {}

    /** A mapping in file order; keys are unique (the reader reports duplicates). */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping { entries = List.copyOf(entries); }

        /** The entry for {@code key}, or null. */
        Entry entry(String key) {
            for (Entry e : entries) if (e.key().equals(key)) return e;
            return null;
        }

        @Override public String describe() { return "a map"; }
    }

    /** A list in file order. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence { items = List.copyOf(items); }

        @Override public String describe() { return "a list"; }
    }
}
