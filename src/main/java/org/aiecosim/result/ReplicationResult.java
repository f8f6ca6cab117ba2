package org.aiecosim.result;

import org.aiecosim.observation.IndicatorTable;

/**
 * What one replication produced.
 *
 * @param replication index of the replication, from 0
 * @param seed        seed the replication ran with (derived from the base seed and the index)
 * @param table       its monthly indicators
 */
public record ReplicationResult(int replication, long seed, IndicatorTable table) {
}
