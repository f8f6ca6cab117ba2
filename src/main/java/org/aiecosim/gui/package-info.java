/**
 * The MASON Console front end: the GUI state wrapper, Model-tab steering, live JFreeChart charts, lab
 * table, adoption matrix and scenario saving. May import experiment, scenario, observation, report
 * and the model; not cli.
 */
package org.aiecosim.gui;
