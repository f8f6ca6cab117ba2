package org.aiecosim.model;

/** Kind of developer agent; kinds differ in capability needs, price sensitivity and openness preference. */
public enum DeveloperKind {
    HOBBYIST("hobbyist"), STARTUP("startup"), ENTERPRISE("enterprise");

    private final String key;

    DeveloperKind(String key) { this.key = key; }

    /** Name used in parameter keys, e.g. {@code enterprise}. */
    public String key() { return key; }
}
