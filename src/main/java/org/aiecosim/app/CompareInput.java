package org.aiecosim.app;

import org.aiecosim.result.ReplicationResult;

import java.nio.file.Path;
import java.util.List;

/**
 * One side of a comparison: a finished result folder, or a scenario just run.
 *
 * @param label   name in tables and charts (unique among the inputs)
 * @param folder  result folder the replications come from
 * @param results the replications
 */
public record CompareInput(String label, Path folder, List<ReplicationResult> results) {}
