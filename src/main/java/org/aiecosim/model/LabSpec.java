package org.aiecosim.model;

import java.io.Serializable;

/**
 * Initial state of one named lab, as a scenario lists it.
 *
 * @param name        unique name, e.g. {@code OpenAI-like}
 * @param region      region the lab belongs to
 * @param kind        kind of company
 * @param compute     starting compute stock in H100-equivalents
 * @param budget      starting budget in $M
 * @param knowhow     algorithmic efficiency in decades (log10 multiplier) relative to the 2022 state of the art
 * @param capability  capability of its current model, in points (GPT-3-class about 950 in 2022)
 * @param open        whether its current model is open weights
 * @param entryMonth  month index from the start at which the lab enters (0: present from the start)
 */
public record LabSpec(String name, String region, LabKind kind, double compute, double budget,
                      double knowhow, double capability, boolean open, int entryMonth) implements Serializable {
}
