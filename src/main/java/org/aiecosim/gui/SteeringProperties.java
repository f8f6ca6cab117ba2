package org.aiecosim.gui;

import org.aiecosim.model.ParameterSpec;
import sim.util.Interval;
import sim.util.Properties;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Model tab's properties: one per {@link SteerableParameter}, read and written through
 * {@link AiEcosystemWithUI#valueOf} and {@link AiEcosystemWithUI#change}, so a value typed or slid in
 * the Console becomes a recorded change from the next month. MASON's {@code SimpleInspector} shows an
 * {@link Interval} domain as a slider; a property is a number field otherwise.
 *
 * <p>A {@link Properties} object rather than bean getters: the steerable parameters depend on the
 * scenario's regions, which Java bean methods cannot.
 */
final class SteeringProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient AiEcosystemWithUI gui;
    private final List<SteerableParameter> params;

    /** True while the Model tab refreshes its fields: a value set then is the fields' echo, not a change. */
    private transient boolean refreshing;

    SteeringProperties(AiEcosystemWithUI gui, List<SteerableParameter> params) {
        this.gui = gui;
        this.params = params;
        this.object = gui;
    }

    /** Index of the property named {@code label}, or -1. */
    int indexOf(String label) {
        for (int i = 0; i < params.size(); i++) if (params.get(i).label().equals(label)) return i;
        return -1;
    }

    /** The list of properties never changes (MASON rebuilds the inspector of a volatile one every step). */
    @Override
    public boolean isVolatile() { return false; }

    @Override
    public int numProperties() { return params.size(); }

    @Override
    public Object getValue(int index) { return gui.valueOf(params.get(index).key()); }

    @Override
    public boolean isReadWrite(int index) { return true; }

    @Override
    public String getName(int index) { return params.get(index).label(); }

    @Override
    public Class getType(int index) { return Double.TYPE; }

    @Override
    public Object getDomain(int index) {
        SteerableParameter p = params.get(index);
        return p.slider() ? new Interval(p.sliderMin(), p.sliderMax()) : null;
    }

    @Override
    public String getDescription(int index) {
        ParameterSpec spec = gui.catalog().spec(params.get(index).key());
        return "<html>" + spec.key() + " (" + spec.unit() + ")<br>" + spec.description()
                + "<br>A change acts from the next month and is recorded as an event.</html>";
    }

    /**
     * A value as the Model tab shows it: four significant digits, no exponent, no trailing zeros
     * ({@code 0.06383}, {@code 1124}, {@code 1000000}), so calibrated values such as 0.06382813314353779
     * fit their field. Display only: the run uses the exact value, and a typed value is taken as typed.
     */
    @Override
    public String betterToString(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) return shown(d);
        return super.betterToString(value);
    }

    static String shown(double v) {
        if (v == 0) return "0";
        return BigDecimal.valueOf(v).round(SHOWN).stripTrailingZeros().toPlainString();
    }

    private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_EVEN);

    /** Set by {@link ModelTabInspector} for the length of a refresh (Swing thread). */
    void refreshing(boolean on) { refreshing = on; }

    /**
     * Returns null (MASON beeps) when the value is refused: out of range, or the run is over. During a
     * refresh of the Model tab nothing changes: the value is the echo of a slider moved by the refresh.
     */
    @Override
    protected Object _setValue(int index, Object value) {
        if (refreshing) return getValue(index);
        if (!(value instanceof Number n)) return null;
        return gui.change(params.get(index).key(), n.doubleValue()) ? getValue(index) : null;
    }
}
