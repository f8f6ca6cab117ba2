/**
 * Model lineage and derivative families: pure rules, independent of the rest of the model.
 *
 * <p>Every release records its base: trained from scratch, or built on an open base model. The
 * rules here say
 * <ul>
 *   <li>what capability a model built on a base reaches ({@link org.aiecosim.model.lineage.PostTraining}:
 *       post-training compute adds effective compute to the base's, so the gain depends on the
 *       builder's compute and know-how and shrinks as the base gets stronger);</li>
 *   <li>which base a lab builds on, if any ({@link org.aiecosim.model.lineage.BaseChoice}: a
 *       multinomial logit over "train from scratch" and the admissible open bases, with the size of
 *       each base's derivative ecosystem in the utility; with unit weight on ln(1 + derivatives) and
 *       identical bases this is a P&oacute;lya urn, Arthur 1989);</li>
 *   <li>the bookkeeping of families ({@link org.aiecosim.model.lineage.FamilyLedger}) and what a
 *       family's ecosystem does for its base ({@link org.aiecosim.model.lineage.EcosystemEffects}:
 *       lower effective serving cost, a bounded diminishing know-how gain for the owner).</li>
 * </ul>
 *
 * <p>Grounding: Laufer, Oderinwale &amp; Kleinberg 2025 (model family trees on Hugging Face);
 * von Hippel &amp; von Krogh 2003 and Harhoff, Henkel &amp; von Hippel 2003 (returns to revealing
 * to the owner of an open artefact); Arthur 1989 (increasing returns and lock-in).
 *
 * <p>This package imports nothing from the other {@code org.aiecosim} packages; the only
 * dependency is MASON's {@code ec.util.MersenneTwisterFast} for draws. Per-month methods allocate
 * nothing: callers pass preallocated arrays and an option count.
 */
package org.aiecosim.model.lineage;
