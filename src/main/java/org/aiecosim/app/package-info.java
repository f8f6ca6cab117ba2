/**
 * Orchestration: executes runs, studies, comparisons and calibrations and writes their result
 * folders ({@code RunExecution.execute(request)}, {@code StudyExecution}, the outputs of each command),
 * with exit codes, progress display and output locations. Usable without the command line (GUI,
 * tests). May import everything below it (experiment, report, scenario, stats, io, result); never
 * cli or gui.
 */
package org.aiecosim.app;
