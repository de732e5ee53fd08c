package crossover.ui.explorer;

/**
 * One numeric input of the scenario as the window shows it: its path in the file, label, unit, what it means
 * with the source of its default, and how its slider (if any) spans values.
 *
 * @param path    the field path, e.g. {@code workload.dailyRequests}
 * @param label   the label beside the field
 * @param unit    the unit after the field, may be empty
 * @param help    the tooltip: what it means and where the default comes from
 * @param slider  the slider's range, or null for a field without a slider
 * @param whole   whether only whole numbers are valid
 */
public record Field(String path, String label, String unit, String help, SliderRange slider, boolean whole) {

    /**
     * A slider's span.
     *
     * @param min  left end
     * @param max  right end
     * @param log  logarithmic (for volumes and throughputs that span decades)
     * @param step rounding of dragged values on a linear slider; on a log slider values keep 3 significant digits
     */
    public record SliderRange(double min, double max, boolean log, double step) {

        /** Slider position of a value. */
        public double toPosition(double value) {
            double v = Math.max(min, Math.min(max, value));
            return log ? Math.log10(v) : v;
        }

        /** Value at a slider position, rounded to what a person would type. */
        public double fromPosition(double position) {
            if (log) {
                double v = Math.pow(10, position);
                double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 2);
                return Math.max(min, Math.min(max, Math.round(v / magnitude) * magnitude));
            }
            double v = Math.round(position / step) * step + 0.0; // + 0.0 turns -0.0 into 0
            return Math.max(min, Math.min(max, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v))));
        }

        public double positionMin() {
            return log ? Math.log10(min) : min;
        }

        public double positionMax() {
            return log ? Math.log10(max) : max;
        }
    }
}
