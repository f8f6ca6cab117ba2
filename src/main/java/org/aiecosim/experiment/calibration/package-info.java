/**
 * Calibration: target statistics from indicator tables, the distance to the targets and the CMA-ES
 * fit. May import experiment, scenario, model, observation, result and stats; never report, app or cli.
 */
package org.aiecosim.experiment.calibration;
