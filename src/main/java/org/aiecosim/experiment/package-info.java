/**
 * Replications: {@code Replication} (the one definition of a run: seeding, observers, stopping),
 * parallel replications with derived seeds and MASON checkpoints. May import model, observation,
 * result, stats and io; never report, app, cli or gui.
 */
package org.aiecosim.experiment;
