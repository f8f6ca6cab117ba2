/**
 * Global sensitivity analysis: Morris elementary effects and Saltelli/Sobol designs and indices,
 * with bootstrap intervals from stats. Pure analysis of numbers: may import stats, Commons Math and
 * the JDK; experiment.study uses it, not the other way round.
 */
package org.aiecosim.experiment.sensitivity;
