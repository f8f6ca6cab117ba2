/**
 * Demand and pricing rules of model v2: pure functions and small parameter records, no simulation
 * state. Nothing here imports other {@code org.aiecosim} packages; the only outside type is
 * {@code ec.util.MersenneTwisterFast}. Per-developer and per-month methods do not allocate.
 *
 * <p>The model ({@code DeveloperChoice}) assembles developer i's utility for model j from these rules:
 * the task fit {@link org.aiecosim.model.demand.CapabilityUtility} of the model's capability against
 * the requirement {@link org.aiecosim.model.demand.TaskRequirement#requirement} of the developer's task
 * quantile, the price set by {@link org.aiecosim.model.demand.Pricing} (closed markup, open hosting),
 * and, in the model itself, openness taste, access rules by region pair and type, kind-dependent trust
 * costs and the installed base. {@link org.aiecosim.model.demand.Logit} gives closed-form logit shares
 * (the reference the tests hold the model's choices against).
 *
 * <p>Grounding: Train (2009) Discrete Choice Methods with Simulation; Berry (1994); Berry, Levinsohn &amp;
 * Pakes (1995); Hoffmann et al. (2022) for model size under compute-optimal training.
 */
package org.aiecosim.model.demand;
