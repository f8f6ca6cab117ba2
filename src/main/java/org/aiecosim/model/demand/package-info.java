/**
 * Demand and pricing rules for model v2 ("Model v2, demand and strategy"): pure functions and small
 * parameter records, no simulation state. Nothing here imports other {@code org.aiecosim} packages; the
 * only outside type is {@code ec.util.MersenneTwisterFast}. Per-developer and per-month methods do not
 * allocate: callers pass preallocated primitive arrays.
 *
 * <p>Intended assembly of developer i's systematic utility for model j at month t (done by the model, not
 * here):
 * <pre>
 * V_ij = w_i * CapabilityUtility.value(c_j, R_i(t))        task fit: steep shortfall, saturating surplus
 *      - alpha_i * p_j                                      p_j from Pricing (closed markup / open hosting)
 *      + o_i * open_j                                       openness taste
 *      + AccessRules.utilityTerm(region_i, origin_j, open_j) 0, ln(a) or -inf (hard)
 *      - TrustCost.cost(region_i, origin_j, kind_i, open_j)  soft, kind-dependent
 *      + installed base within the developer's ecosystem, switching bonus
 * </pre>
 * with R_i(t) = {@link org.aiecosim.model.demand.TaskRequirement#requirement} of the developer's task
 * quantile q_i and (w_i, alpha_i, o_i) drawn once per developer by {@link org.aiecosim.model.demand.Tastes}
 * (mixed logit, Train 2009 ch. 6). Choice probabilities come from {@link org.aiecosim.model.demand.Logit}.
 *
 * <p>Grounding: Train (2009) Discrete Choice Methods with Simulation; Berry (1994); Berry, Levinsohn &amp;
 * Pakes (1995); Hoffmann et al. (2022) for model size under compute-optimal training.
 */
package org.aiecosim.model.demand;
