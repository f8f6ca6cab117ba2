/**
 * The Spark engine (built with {@code -Pspark} only): study runs as Spark tasks, the study shipped
 * to executors and rows back in order. May import experiment.study, scenario and the model, which carry no
 * chart code; nothing in src/main/java imports it (the engine is looked up by name).
 */
package org.aiecosim.spark;
