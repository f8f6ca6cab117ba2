/**
 * Output of results: CSV writers and readers, ensemble statistics, JFreeChart PNGs and HTML reports,
 * result folders. May import result, stats, io and observation; not experiment, app, cli or gui.
 */
package org.aiecosim.report;
