package crossover.export;

import crossover.model.MonteCarlo;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to export and where: the same request from the window and the command line gives the same files.
 *
 * @param outputs where each format goes, in format order; {@link #STANDARD_OUTPUT} for CSV and SVG on standard output
 * @param chart   the chart PNG, SVG and CSV show
 * @param options size, PNG scale and theme
 * @param logCost a logarithmic cost axis (the default) rather than a linear one
 * @param bands   the P10–P90 bands of an uncertainty run, shaded around the cost curves
 */
public record ExportRequest(Map<ExportFormat, Path> outputs, ExportChart chart, ExportOptions options, boolean logCost,
                            Optional<MonteCarlo.Bands> bands) {

    /** The path {@code -}: standard output, as command-line tools read it. */
    public static final Path STANDARD_OUTPUT = Path.of("-");

    public ExportRequest {
        EnumMap<ExportFormat, Path> ordered = new EnumMap<>(ExportFormat.class);
        ordered.putAll(outputs);
        outputs = Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(bands, "bands");
    }

    /** One format to one file. */
    public static ExportRequest of(ExportFormat format, Path file, ExportChart chart, ExportOptions options,
                                   boolean logCost, Optional<MonteCarlo.Bands> bands) {
        return new ExportRequest(Map.of(format, file), chart, options, logCost, bands);
    }
}
