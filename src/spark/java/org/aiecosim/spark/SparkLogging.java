package org.aiecosim.spark;

/**
 * Keeps Spark's INFO chatter off the command line's output. Spark logs through Log4j 2 and, with no
 * configuration, logs every stage at INFO; unless the user or the cluster provides a
 * {@code log4j2.properties} (or names one), aiecosim points Log4j at its own, which shows warnings only.
 */
final class SparkLogging {
    static final String QUIET = "org/aiecosim/spark/log4j2-aiecosim.properties";

    private SparkLogging() {}

    static void quietUnlessConfigured() {
        if (System.getProperty("log4j2.configurationFile") != null || System.getProperty("log4j.configurationFile") != null) return;
        if (SparkLogging.class.getClassLoader().getResource("log4j2.properties") != null) return;
        System.setProperty("log4j2.configurationFile", "classpath:" + QUIET);
    }
}
