/**
 * Pure knowledge-production rules of the supply side (Model v2, mechanisms 2 and 3): how a lab's
 * know-how K (algorithmic efficiency in decades, effective compute = physical FLOP &times; 10^K)
 * grows by its own research, by absorbing the lagged public frontier, and by distilling closed
 * models, and how compute scarcity directs research towards compute-saving work.
 *
 * <p>Every class here is a stateless rule (an immutable record) except {@link
 * org.aiecosim.model.knowledge.SpilloverLag}, a small ring buffer. Nothing here imports from any
 * other {@code org.aiecosim} package (enforced by a test), so the rules can be tested in closed form
 * and wired into the model's phases separately. One model step is one month; the per-month methods
 * allocate nothing.
 * <ul>
 *   <li>{@link org.aiecosim.model.knowledge.ResearchProduction}: semi-endogenous own progress
 *       (Jones 1995; Bloom, Jones, Van Reenen &amp; Webb 2020), inputs R&amp;D spend and experiment compute.</li>
 *   <li>{@link org.aiecosim.model.knowledge.AbsorptiveCapacity}: absorption of the public frontier
 *       scaled by own research intensity (Cohen &amp; Levinthal 1990).</li>
 *   <li>{@link org.aiecosim.model.knowledge.SpilloverLag}: the public frontier reaches others with a
 *       lag (Jaffe, Trajtenberg &amp; Henderson 1993).</li>
 *   <li>{@link org.aiecosim.model.knowledge.Distillation}: learning from closed models' outputs
 *       through their APIs (Hinton, Vinyals &amp; Dean 2015).</li>
 *   <li>{@link org.aiecosim.model.knowledge.DirectedResearch}: the split of research between scaling
 *       and compute-saving work by the shadow price of compute (Hicks 1932; Acemoglu 2002; Popp 2002).</li>
 * </ul>
 */
package org.aiecosim.model.knowledge;
