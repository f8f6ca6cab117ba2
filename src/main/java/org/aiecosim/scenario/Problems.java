package org.aiecosim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one scenario source so that a user sees all of them at once, not one per run. */
final class Problems {
    private final String origin;
    private final List<ScenarioException.Problem> list = new ArrayList<>();

    Problems(String origin) { this.origin = origin; }

    String origin() { return origin; }

    void add(int line, String key, String message) {
        list.add(new ScenarioException.Problem(origin, line, key, message));
    }

    boolean isEmpty() { return list.isEmpty(); }

    int size() { return list.size(); }

    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) throw new ScenarioException(list);
    }
}
