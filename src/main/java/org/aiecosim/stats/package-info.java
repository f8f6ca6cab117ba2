/**
 * Statistics independent of the model and of output: mean estimates with t intervals, the Welch
 * test, percentile bootstrap and confidence intervals. May import Commons Math and the JDK only; no
 * chart or UI code (ArchitectureTest), since Spark executors load it.
 */
package org.aiecosim.stats;
