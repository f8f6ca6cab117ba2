package org.aiecosim.spark;

import org.aiecosim.experiment.study.StudyRun;

import java.io.Serializable;

/** A finished run on its way from an executor back to the driver ({@link StudyRun} is not Serializable). */
record ShippedRun(long index, int point, int replication, long seed, double[] parameters, double[] outcomes, String error)
        implements Serializable {

    static ShippedRun of(StudyRun r) {
        return new ShippedRun(r.index(), r.point(), r.replication(), r.seed(), r.parameters(), r.outcomes(), r.error());
    }

    StudyRun toRun() { return new StudyRun(index, point, replication, seed, parameters, outcomes, error); }
}
