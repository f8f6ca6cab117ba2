package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * Random taste coefficients of the mixed logit (Train 2009 ch. 6; Berry, Levinsohn &amp; Pakes 1995): each
 * developer's weights on capability, price and openness are drawn <em>once</em> (at creation), not per
 * month, so a developer's tastes persist and shares are integrals of logit shares over the taste
 * distribution. Kind means are passed by the caller; this record holds the spreads.
 * <ul>
 *   <li>capability weight: lognormal with arithmetic mean m (mean-preserving):
 *       w = m * exp(sigma_w * Z - sigma_w^2/2), so w &gt; 0 and E[w] = m;</li>
 *   <li>price sensitivity [utils per $]: lognormal with log-mean mu: alpha = exp(mu + sigma_a * Z), so
 *       alpha &gt; 0, median exp(mu), mean exp(mu + sigma_a^2/2) ({@link #meanPriceSensitivity});</li>
 *   <li>openness preference [utils]: normal, o = m_o + sigma_o * Z (may be negative).</li>
 * </ul>
 * With all spreads 0 the draws equal the means (homogeneous tastes, plain multinomial logit).
 *
 * @param capabilityLogSpread sigma_w of ln(capability weight), &gt;= 0
 * @param priceLogSpread      sigma_a of ln(price sensitivity), &gt;= 0
 * @param openSpread          sigma_o of the openness preference [utils], &gt;= 0
 */
public record Tastes(double capabilityLogSpread, double priceLogSpread, double openSpread) implements Serializable {

    /** No taste heterogeneity. */
    public static final Tastes HOMOGENEOUS = new Tastes(0, 0, 0);

    public Tastes {
        if (!(capabilityLogSpread >= 0) || !(priceLogSpread >= 0) || !(openSpread >= 0))
            throw new IllegalArgumentException("spreads must be >= 0");
    }

    /**
     * Draws developer {@code d}'s three coefficients and writes them to {@code capabilityWeight[d]},
     * {@code priceSensitivity[d]} and {@code openPreference[d]}. Three normal draws are consumed even when
     * a spread is 0, so the random stream does not depend on which spreads are set.
     */
    public void draw(double kindMeanCapability, double kindMeanPriceLog, double kindMeanOpen,
                     MersenneTwisterFast random, int d,
                     double[] capabilityWeight, double[] priceSensitivity, double[] openPreference) {
        double zw = random.nextGaussian(), za = random.nextGaussian(), zo = random.nextGaussian();
        // w = m exp(sigma Z - sigma^2/2): lognormal with mean m
        capabilityWeight[d] = kindMeanCapability
                * Math.exp(capabilityLogSpread * zw - 0.5 * capabilityLogSpread * capabilityLogSpread);
        // alpha = exp(mu + sigma Z): lognormal with log-mean mu
        priceSensitivity[d] = Math.exp(kindMeanPriceLog + priceLogSpread * za);
        // o = m + sigma Z: normal
        openPreference[d] = kindMeanOpen + openSpread * zo;
    }

    /** Draws developers {@code from} (inclusive) to {@code to} (exclusive) of one kind. */
    public void drawRange(double kindMeanCapability, double kindMeanPriceLog, double kindMeanOpen,
                          MersenneTwisterFast random, int from, int to,
                          double[] capabilityWeight, double[] priceSensitivity, double[] openPreference) {
        for (int d = from; d < to; d++)
            draw(kindMeanCapability, kindMeanPriceLog, kindMeanOpen, random, d,
                 capabilityWeight, priceSensitivity, openPreference);
    }

    /** E[alpha] = exp(mu + sigma_a^2/2) for a kind with log-mean {@code kindMeanPriceLog} [utils per $]. */
    public double meanPriceSensitivity(double kindMeanPriceLog) {
        return Math.exp(kindMeanPriceLog + 0.5 * priceLogSpread * priceLogSpread);
    }
}
