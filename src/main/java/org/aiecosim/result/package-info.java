/**
 * What a finished replication produced ({@code ReplicationResult}): the record that experiments
 * produce and reports consume, kept below both so neither depends on the other. May import
 * observation only; no chart or UI code (ArchitectureTest), since Spark executors load it.
 */
package org.aiecosim.result;
