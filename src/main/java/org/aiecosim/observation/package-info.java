/**
 * Observers attached to the model's schedule: the indicator recorder and the monthly indicator
 * table it fills. May import the model; nothing above it (experiment, report, app, cli, gui).
 */
package org.aiecosim.observation;
