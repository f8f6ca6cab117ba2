package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of the chip market ({@code market.*}), as used by {@link ChipMarketPhase}, by
 * {@link PolicyPhase} (supply growth) and by training (FLOP per chip-month).
 * See {@link ParameterCatalog} for units and meaning.
 */
public record MarketParams(double supply0, double supplyGrowth, double referencePrice, double priceFloor,
                           double demandElasticity, double depreciation, double flopPerH100eMonth)
        implements Serializable {

    public static final String SUPPLY0 = "market.supply0";
    public static final String SUPPLY_GROWTH = "market.supplyGrowth";
    public static final String REFERENCE_PRICE = "market.referencePrice";
    public static final String PRICE_FLOOR = "market.priceFloor";
    public static final String DEMAND_ELASTICITY = "market.demandElasticity";
    public static final String DEPRECIATION = "market.depreciation";
    public static final String FLOP_PER_H100E_MONTH = "market.flopPerH100eMonth";

    /** The only place that reads these keys. */
    public static MarketParams from(ParameterSource p) {
        return new MarketParams(p.get(SUPPLY0), p.get(SUPPLY_GROWTH), p.get(REFERENCE_PRICE), p.get(PRICE_FLOOR),
                p.get(DEMAND_ELASTICITY), p.get(DEPRECIATION), p.get(FLOP_PER_H100E_MONTH));
    }
}
