package org.aiecosim.model.knowledge;

import java.io.Serializable;

/**
 * Distillation from a closed model's outputs, a channel of its own besides publication and open
 * weights: a student trains on a teacher's answers bought through its API (Hinton, Vinyals &amp; Dean
 * 2015, "Distilling the knowledge in a neural network"). The public record: Stanford Alpaca (2023)
 * was fine-tuned on 52k instruction-following outputs of OpenAI's text-davinci-003; in January 2025
 * OpenAI stated it had seen evidence that DeepSeek distilled its models' outputs, against its terms
 * of service. So closed leaders leak through their APIs too, limited by who may use the API (access
 * rules) and by how well the terms of service are enforced.
 * <pre>  gain = d &middot; access &middot; (1 &minus; e) &middot; max(0, K_teacher &minus; K)   decades per month</pre>
 * d = 0 is the off switch.
 *
 * @param rate                       d &ge; 0, share of the gap to the teacher closed per month with full access
 * @param termsOfServiceEnforcement e in [0,1]: 1 stops distillation entirely, 0 does not hinder it
 */
public record Distillation(double rate, double termsOfServiceEnforcement) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Distillation {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate must be in [0,1]: " + rate);
        if (!(termsOfServiceEnforcement >= 0 && termsOfServiceEnforcement <= 1)) {
            throw new IllegalArgumentException("termsOfServiceEnforcement must be in [0,1]: " + termsOfServiceEnforcement);
        }
    }

    /**
     * Know-how distilled this month, decades: d &middot; access &middot; (1 &minus; e) &middot;
     * max(0, K_teacher &minus; K) (Hinton, Vinyals &amp; Dean 2015); nothing from a teacher not ahead.
     *
     * @param knowhow        the student's know-how K
     * @param teacherKnowhow know-how of the closed model served through the API
     * @param access         in [0,1]: whether (or how far) the teacher's API is offered in the student's region
     */
    public double gain(double knowhow, double teacherKnowhow, double access) {
        if (!(access >= 0 && access <= 1)) throw new IllegalArgumentException("access must be in [0,1]: " + access);
        return rate * access * (1 - termsOfServiceEnforcement) * Math.max(0, teacherKnowhow - knowhow);
    }
}
