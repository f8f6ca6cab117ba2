package org.aiecosim.experiment.sensitivity;

/** Test functions with known sensitivity indices, evaluated on [0,1]^k design rows. */
final class TestFunctions {
    private TestFunctions() {}

    static final double ISHIGAMI_A = 7.0;
    static final double ISHIGAMI_B = 0.1;
    // Analytic indices of Ishigami with a = 7, b = 0.1 (Sobol' and Levitan 1999; Saltelli et al. 2008).
    static final double[] ISHIGAMI_S1 = {0.3139, 0.4424, 0.0};
    static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};

    /** Ishigami on u in [0,1]^3, each u_i mapped to x_i = −π + 2π u_i. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + ISHIGAMI_A * s2 * s2 + ISHIGAMI_B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** y = Σ c_i x_i. */
    static double linear(double[] c, double[] x) {
        double y = 0;
        for (int i = 0; i < c.length; i++) y += c[i] * x[i];
        return y;
    }

    /** Evaluates {@code f} on every row. */
    static double[] evaluate(double[][] rows, java.util.function.ToDoubleFunction<double[]> f) {
        double[] y = new double[rows.length];
        for (int j = 0; j < rows.length; j++) y[j] = f.applyAsDouble(rows[j]);
        return y;
    }
}
