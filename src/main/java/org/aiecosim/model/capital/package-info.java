/**
 * Funding rules for labs without a winner-take-all rule (mechanism 4, "Capital without a
 * winner-take-all rule").
 *
 * <p>The model's original rule shared each region's capital by
 * {@code kindWeight * exp(-(frontier - capability)/80) * (1 + reputation)}: a lab a few tens of
 * points ahead takes most of the money, the money buys compute, the compute widens the lead, and the
 * leader's share of US capital climbs from 26% to 81%. The rules here replace it with investors who
 * diversify:
 * <ul>
 *   <li>{@link org.aiecosim.model.capital.Valuation}: a lab's fitness, concave in revenue and falling
 *       only slowly with its distance to the frontier;</li>
 *   <li>{@link org.aiecosim.model.capital.InvestorAllocation}: a channel's monthly flow shared in
 *       proportion to fitness times returns that fall with the capital a lab has already raised;
 *       with constant fitness the long-run shares are {@code eta_i^(1/(1+gamma)) / sum_j eta_j^(1/(1+gamma))}
 *       &mdash; every lab keeps a finite share, and identical labs keep identical shares;</li>
 *   <li>{@link org.aiecosim.model.capital.FundingChannels}: the three channels a lab draws on
 *       (regional venture and public markets, big-tech parents, state and guidance funds), with
 *       money conserved channel by channel.</li>
 * </ul>
 *
 * <p>Grounding: Bianconi &amp; Barabási (2001), "Competition and multiscaling in evolving networks",
 * Europhys. Lett. 54, 436, and "Bose-Einstein condensation in complex networks", Phys. Rev. Lett.
 * 86, 5632 (fitness model: attachment in proportion to fitness; condensation onto the fittest only
 * with preferential attachment, which diminishing returns rule out here). The public record of
 * 2023&ndash;25 shows four to six US labs near the frontier each raising or being allotted tens of
 * billions of dollars at once (OpenAI, Anthropic and xAI from venture rounds and strategic
 * investors; Google DeepMind and Meta from their parents' other businesses), not one lab taking
 * nearly all of it.
 *
 * <p>Pure functions of primitive arrays the caller preallocates: nothing here allocates per month,
 * and the package imports nothing from other {@code org.aiecosim} packages, so the model's phases
 * can call it without a dependency cycle.
 */
package org.aiecosim.model.capital;
