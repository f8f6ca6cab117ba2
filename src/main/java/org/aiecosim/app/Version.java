package org.aiecosim.app;

/** Program version, from the jar manifest (or "dev" when run from classes); written into result folders. */
public final class Version {
    private Version() {}

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
