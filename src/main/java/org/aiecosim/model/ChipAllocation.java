package org.aiecosim.model;

/**
 * Outcome of one month's chip market: clearing price, chips each lab obtained, what each spent and
 * what stayed unsold. Quantities in H100e, money in $M.
 *
 * @param price     clearing price of frontier chips, $M per H100e
 * @param frontier  frontier chips allocated to each lab
 * @param domestic  domestic chips allocated to each lab
 * @param spending  money each lab spent on chips
 * @param bids      chip budget each lab bid
 * @param unsold    frontier supply not sold at the clearing price (only at the price floor)
 */
public record ChipAllocation(double price, double[] frontier, double[] domestic, double[] spending, double[] bids, double unsold) implements java.io.Serializable {
}
