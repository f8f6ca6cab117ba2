/**
 * Global sensitivity analysis on the unit hypercube, independent of any model.
 *
 * <p>Every factor is an input in [0,1]; callers map it to its real range before running the model
 * and pass back one output per design row. Two methods:
 * <ul>
 *   <li>Morris (1991) elementary-effects screening: {@link org.aiecosim.experiment.sensitivity.MorrisDesign},
 *       {@link org.aiecosim.experiment.sensitivity.MorrisAnalysis}. Cheap (r(k+1) runs), ranks factors,
 *       separates linear effects (large mu*, small sigma) from nonlinear or interacting ones (large sigma).</li>
 *   <li>Sobol variance-based indices with Saltelli sampling:
 *       {@link org.aiecosim.experiment.sensitivity.SaltelliDesign},
 *       {@link org.aiecosim.experiment.sensitivity.SobolAnalysis}. N(k+2) runs, quantitative first-order
 *       and total-order indices with bootstrap confidence intervals.</li>
 * </ul>
 * Everything is deterministic for a given seed (or, for the Sobol sequence, unconditionally).
 */
package org.aiecosim.experiment.sensitivity;
