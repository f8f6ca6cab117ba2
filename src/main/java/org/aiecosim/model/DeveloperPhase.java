package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Phase 4: the developer population adopts, re-evaluates, switches and contributes (one loop over arrays). */
final class DeveloperPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        DeveloperParams p = m.groups.developers();
        DeveloperChoice choice = DeveloperChoice.of(m.groups);
        m.menu.refresh(m.labs, m.month, m.frontierCapability(), m.regions, m.developers,
                p.networkWeight(), p.ecosystemWeight(), m.ledger, m.barrier, choice.trust(), p.surplusScale());
        m.developers.step(m.menu, m.barrier, m.labs, p, choice, m.random);
        // Developers' derivatives belong to the family of the model they built on.
        m.developers.flushDerivatives(m.labs, m.ledger);
    }
}
