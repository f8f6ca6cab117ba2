package org.aiecosim.model.demand;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed logit markups, open hosting prices and serving costs against their documented formulas. */
class PricingTest {

    private static final double E_REF = 1e24;
    /** band 50 points, markup cap 50 $, host margin 20%, D_half 100, beta 1, c0 = 2 $, zeta 0.3. */
    private final Pricing pricing = new Pricing(50, 50, 0.2, 100, 1.0, 2.0, E_REF, 0.3);

    @Test
    void hostingPriceWithNoEcosystemIsCostPlusMargin() {
        for (double cost : new double[] {0.37, 2.0, 13.5}) {
            assertEquals(cost * 1.2, pricing.openHostingPrice(cost, 0), 0);   // exactly
            assertEquals(1.0, pricing.ecosystemFactor(0), 0);
        }
    }

    @Test
    void hostingPriceFallsAsTheDocumentedFunctionOfEcosystemSize() {
        double cost = 3.0;
        // (1 + D/100)^-1 at D = 10, 100, 1000: 1/1.1, 1/2, 1/11
        assertEquals(3.6 / 1.1, pricing.openHostingPrice(cost, 10), 1e-12);
        assertEquals(1.8, pricing.openHostingPrice(cost, 100), 1e-12);
        assertEquals(3.6 / 11, pricing.openHostingPrice(cost, 1000), 1e-12);
        Pricing sqrt = new Pricing(50, 50, 0.2, 100, 0.5, 2.0, E_REF, 0.3);
        for (double d : new double[] {10, 100, 1000})
            assertEquals(cost * 1.2 * Math.pow(1 + d / 100, -0.5), sqrt.openHostingPrice(cost, d), 1e-12);
        assertEquals(3.6 / Math.sqrt(2), sqrt.openHostingPrice(cost, 100), 1e-12);
        double last = Double.POSITIVE_INFINITY;
        for (double d = 0; d <= 5000; d += 25) {
            double p = pricing.openHostingPrice(cost, d);
            assertTrue(p < last && p > 0);
            last = p;
        }
        // the lab hosting its own model earns the margin on the (ecosystem-lowered) cost
        assertEquals(0.2 * cost / 2, pricing.hostingMargin(cost, 100), 1e-12);
    }

    @Test
    void neutralEcosystem() {
        Pricing noHalf = new Pricing(50, 50, 0.2, Double.POSITIVE_INFINITY, 1.0, 2.0, E_REF, 0.3);
        Pricing noBeta = new Pricing(50, 50, 0.2, 100, 0.0, 2.0, E_REF, 0.3);
        for (double d : new double[] {0, 10, 1e6}) {
            assertEquals(2.4, noHalf.openHostingPrice(2, d), 0);
            assertEquals(2.4, noBeta.openHostingPrice(2, d), 0);
        }
    }

    @Test
    void closedMarkupKnownValues() {
        double alpha = 0.5;                                           // utils per $
        assertEquals(2.0, pricing.closedMarkup(alpha, 0), 1e-12);     // 1/alpha with no own share
        assertEquals(4.0, pricing.closedMarkup(alpha, 0.5), 1e-12);
        assertEquals(10.0, pricing.closedMarkup(alpha, 0.8), 1e-12);
        assertEquals(50.0, pricing.closedMarkup(alpha, 0.99), 0);      // 200 capped at maxMarkup
        assertEquals(50.0, pricing.closedMarkup(alpha, 1.0), 0);       // lone leader
        assertEquals(50.0, pricing.closedMarkup(0, 0.3), 0);           // no price sensitivity
        assertEquals(7.0 + 4.0, pricing.closedPrice(7.0, alpha, 0.5), 1e-12);
        // the markup falls as close competitors take share
        assertTrue(pricing.closedMarkup(alpha, 0.3) < pricing.closedMarkup(alpha, 0.6));
    }

    @Test
    void bandSharesKnownValues() {
        double[] capability = {1000, 1030, 1200, 1075}, share = {0.3, 0.1, 0.4, 0.2}, out = new double[4];
        pricing.bandShares(capability, share, 4, out);
        assertEquals(0.3 / 0.4, out[0], 1e-12);                       // band {0, 1}
        assertEquals(0.1 / 0.6, out[1], 1e-12);                       // band {0, 1, 3}
        assertEquals(1.0, out[2], 0);                                 // alone: capped markup
        assertEquals(0.2 / 0.3, out[3], 1e-12);                       // band {1, 3}
        double[] zero = {0, 0, 0, 0};
        pricing.bandShares(capability, zero, 4, out);
        assertEquals(0.5, out[0], 1e-12);
        assertEquals(1.0 / 3, out[1], 1e-12);
        assertEquals(1.0, out[2], 0);
    }

    @Test
    void servingCostKnownValues() {
        assertEquals(2.0, pricing.servingCost(E_REF, 0), 1e-12);
        assertEquals(20.0, pricing.servingCost(100 * E_REF, 0), 1e-12);          // size ~ sqrt(compute)
        assertEquals(2.0 * Math.pow(10, -0.3), pricing.servingCost(E_REF, 1), 1e-12);
        assertEquals(2.0 * Math.pow(10, 1.5 - 0.6), pricing.servingCost(1000 * E_REF, 2), 1e-12);
        assertEquals(pricing.servingCost(3.7e26, 1.4), pricing.servingCostLog10(Math.log10(3.7e26), 1.4), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Pricing(50, 50, 0.2, 0, 1.0, 2.0, E_REF, 0.3));
    }
}
