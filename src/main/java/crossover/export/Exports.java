package crossover.export;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.SetupChartSpec;
import crossover.chart.TimelineSpec;
import crossover.chart.TornadoSpec;
import crossover.io.AppInfo;
import crossover.io.AtomicFile;
import crossover.model.Evaluation;
import crossover.model.MonteCarlo;
import crossover.model.setup.SetupSearch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to export a scenario, for the window and the command line alike. The chart is built from the
 * evaluation alone, so a scenario gives the same files from either. Every output is checked before any is written,
 * and either all are written or none.
 */
public final class Exports {

    private Exports() {
    }

    /**
     * Writes every output of the request; CSV or SVG for {@link ExportRequest#STANDARD_OUTPUT} goes to
     * {@code standardOutput} (null where there is none), after the files.
     *
     * @throws ExportException when an output is refused or cannot be written; then no file was changed
     */
    public static void write(ExportSubject subject, ExportRequest request, OutputStream standardOutput)
            throws ExportException {
        check(subject, request, standardOutput != null);
        Evaluation e = subject.evaluation();
        ChartSpec costs = ChartSpecs.of(e, request.logCost(), Optional.empty()).withBands(request.bands());
        List<AtomicFile.Output> files = new ArrayList<>();
        byte[] toStandardOutput = null;
        for (Map.Entry<ExportFormat, Path> output : request.outputs().entrySet()) {
            AtomicFile.Content content = content(output.getKey(), subject, request, costs);
            if (output.getValue().equals(ExportRequest.STANDARD_OUTPUT)) {
                toStandardOutput = render(content);
            } else {
                files.add(new AtomicFile.Output(output.getValue(), content));
            }
        }
        try {
            AtomicFile.writeAll(files);
        } catch (IOException ex) {
            Path file = ex instanceof AtomicFile.UnwritableException u ? u.file() : files.get(0).file();
            throw cannotWrite(file, AtomicFile.reason(ex), ex);
        }
        if (toStandardOutput != null) {
            try {
                standardOutput.write(toStandardOutput);
                standardOutput.flush();
            } catch (IOException ex) {
                throw new ExportException(null, "standard output cannot be written: " + AtomicFile.reason(ex) + ".",
                        ex);
            }
        }
    }

    /**
     * The P10–P90 bands the exported cost chart shows for a scenario with uncertainty ranges (a full Monte Carlo
     * run at the chart's band volumes), or empty when it has none.
     */
    public static Optional<MonteCarlo.Bands> uncertaintyBands(Evaluation e) {
        if (!e.scenario().uncertainty().hasRanges()) {
            return Optional.empty();
        }
        ChartSpec chart = ChartSpecs.of(e, true, Optional.empty());
        return MonteCarlo.run(e.scenario(), chart.bandVolumes(), () -> false, done -> { })
                .flatMap(MonteCarlo.Result::bands);
    }

    /**
     * Refuses what cannot be written before anything is: an image too large, binary output or two outputs on
     * standard output, a folder that is missing or not writable, a target that is a device, a pipe or a folder, the
     * scenario's own file, two outputs on one file.
     */
    private static void check(ExportSubject subject, ExportRequest request, boolean hasStandardOutput)
            throws ExportException {
        if (request.outputs().isEmpty()) {
            throw new ExportException(null, "nothing to export: choose at least one format", null);
        }
        boolean showsChart = request.outputs().keySet().stream().anyMatch(f -> f != ExportFormat.PDF);
        if (showsChart && request.chart() == ExportChart.SETUP) {
            if (subject.setups().isEmpty()) {
                throw new ExportException(null, "the cheapest-setup chart needs the setup search, which has not run "
                        + "yet (the catalogs are still being read); try again in a moment", null);
            }
            if (!subject.setups().get().problem().isEmpty()) {
                throw new ExportException(null, "the cheapest-setup chart has nothing to show: "
                        + subject.setups().get().sentence(), null);
            }
        }
        if (request.outputs().containsKey(ExportFormat.PNG)) {
            Optional<String> tooLarge = PngExport.sizeProblem(request.options());
            if (tooLarge.isPresent()) {
                throw new ExportException(null, tooLarge.get(), null);
            }
        }
        Map<Path, ExportFormat> taken = new HashMap<>();
        ExportFormat onStandardOutput = null;
        for (Map.Entry<ExportFormat, Path> output : request.outputs().entrySet()) {
            ExportFormat format = output.getKey();
            Path file = output.getValue();
            if (file.equals(ExportRequest.STANDARD_OUTPUT)) {
                if (!format.isText() || !hasStandardOutput || onStandardOutput != null) {
                    throw new ExportException(null, !format.isText()
                            ? "a " + format + " is binary and cannot go to standard output (-); give a file name"
                            : !hasStandardOutput ? "there is no standard output (-) here; give a file name"
                            : "the " + onStandardOutput + " and the " + format + " cannot both go to standard output "
                            + "(-); give one of them a file name", null);
                }
                onStandardOutput = format;
                continue;
            }
            Path target;
            try {
                target = AtomicFile.checkedTarget(file);
            } catch (AtomicFile.UnwritableException ex) {
                throw cannotWrite(file, ex.reason(), ex);
            }
            if (subject.file().isPresent() && isSameFile(target, subject.file().get())) {
                throw cannotWrite(file, "it is the scenario file being exported, which an export never replaces; "
                        + "give another name", null);
            }
            ExportFormat other = taken.putIfAbsent(target.normalize(), format);
            if (other != null) {
                throw cannotWrite(file, "the " + other + " goes there too; give each format its own file", null);
            }
        }
    }

    private static boolean isSameFile(Path target, Path scenario) {
        try {
            return Files.exists(target) && Files.exists(scenario) && Files.isSameFile(target, scenario);
        } catch (IOException | SecurityException unknown) {
            return target.toAbsolutePath().normalize().equals(scenario.toAbsolutePath().normalize());
        }
    }

    private static ExportException cannotWrite(Path file, String reason, Throwable cause) {
        return new ExportException(file.toString(), "cannot be written: " + reason + ".", cause);
    }

    /** What one format writes: the PDF is the report, the others show the request's chart. */
    private static AtomicFile.Content content(ExportFormat format, ExportSubject subject, ExportRequest request,
                                              ChartSpec costs) {
        Evaluation e = subject.evaluation();
        ExportOptions o = request.options();
        return switch (format) {
            case PNG -> out -> PngExport.write(out, drawing(subject, request.chart(), costs), o);
            case SVG -> out -> SvgExport.write(out, drawing(subject, request.chart(), costs), o);
            case PDF -> out -> PdfReport.write(out, e, costs, o, AppInfo.version(), LocalDate.now(),
                    subject.sources());
            case CSV -> switch (request.chart()) {
                case COSTS -> out -> CsvExport.write(out, e, costs);
                case TIMELINE -> out -> CsvExport.writeTimeline(out, e);
                case TORNADO -> out -> CsvExport.writeSensitivity(out, crossover.model.Sensitivity.of(e.scenario()));
                case SETUP -> {
                    SetupSearch.Result r = setups(subject);
                    yield out -> CsvExport.writeSetups(out, r);
                }
            };
        };
    }

    private static Drawing drawing(ExportSubject subject, ExportChart chart, ChartSpec costs) {
        Evaluation e = subject.evaluation();
        return switch (chart) {
            case COSTS -> Drawing.of(costs);
            case TIMELINE -> Drawing.of(TimelineSpec.of(e));
            case TORNADO -> Drawing.of(TornadoSpec.of(e.scenario()));
            case SETUP -> Drawing.of(SetupChartSpec.of(setups(subject)));
        };
    }

    /** The subject's setup search, which {@link #check} made sure of when the request shows the setup scatter. */
    private static SetupSearch.Result setups(ExportSubject subject) {
        return subject.setups().orElseThrow();
    }

    private static byte[] render(AtomicFile.Content content) throws ExportException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException ex) {
            throw new ExportException(null, "standard output cannot be written: " + AtomicFile.reason(ex) + ".", ex);
        }
        return bytes.toByteArray();
    }
}
