/**
 * Scenario, study and calibration files: YAML loading with line numbers, validation, {@code --set}
 * overrides, did-you-mean suggestions and the resolved-scenario writer. May import the model and observation (indicator names); not
 * experiment, report, app, cli or gui.
 */
package org.aiecosim.scenario;
