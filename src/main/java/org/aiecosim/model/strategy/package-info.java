/**
 * Pure rules of labs' release strategy: the payoffs of releasing a model open or closed, in
 * comparable units ($M over the release horizon), and the quantal-response (logit) choice between
 * them (McKelvey &amp; Palfrey 1995). Grounding: Henkel 2006 (selective revealing), Alexy, George &amp;
 * Salter 2013 (paradox of openness), Shapiro &amp; Varian 1999 (commoditise the complement).
 *
 * <p>Imports nothing from other {@code org.aiecosim} packages; the model's {@code ReleasePhase}
 * supplies the expected demand.
 */
package org.aiecosim.model.strategy;
