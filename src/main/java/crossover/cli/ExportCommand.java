package crossover.cli;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.ChartTheme;
import crossover.chart.TimelineSpec;
import crossover.export.CsvExport;
import crossover.export.Drawing;
import crossover.export.ExportOptions;
import crossover.export.PngExport;
import crossover.export.SvgExport;
import crossover.io.AtomicFile;
import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossover export FILE --png OUT …}: the chart for the planning deck, with no display needed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a scenario's cost chart as PNG, SVG, PDF (a one-page report) or CSV. "
                + "Works without a display.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a *.crossover scenario file")
    Path file;

    @Option(names = "--png", paramLabel = "OUT", description = "write the chart as PNG")
    Path png;

    @Option(names = "--scale", paramLabel = "1..4", defaultValue = "1",
            description = "pixels per logical pixel of the PNG (default ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--svg", paramLabel = "OUT", description = "write the chart as SVG")
    Path svg;

    @Option(names = "--pdf", paramLabel = "OUT", description = "write a one-page PDF report")
    Path pdf;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the curves as CSV")
    Path csv;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600",
            description = "logical width in pixels, 320 to 8000 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "900",
            description = "logical height in pixels, 200 to 8000 (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "colours (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--linear-cost", description = "a linear cost axis instead of the logarithmic default")
    boolean linearCost;

    @Option(names = "--chart", paramLabel = "costs|timeline|tornado", defaultValue = "costs",
            description = "for PNG, SVG and CSV: the cost curves, the timeline of cash per month and cumulative, or "
                    + "the sensitivity tornado (default ${DEFAULT-VALUE}); the PDF has the first two")
    String chart;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFileException {
        if (png == null && svg == null && pdf == null && csv == null) {
            throw bad("nothing to export: give at least one of --png, --svg, --pdf, --csv");
        }
        ChartTheme chosen = switch (theme) {
            case "light" -> ChartTheme.LIGHT;
            case "dark" -> ChartTheme.DARK;
            default -> throw bad("--theme must be light or dark, not '" + theme + "'");
        };
        ExportOptions options;
        try {
            options = new ExportOptions(width, height, scale, chosen);
        } catch (IllegalArgumentException e) {
            throw bad("--" + e.getMessage());
        }
        if (!java.util.List.of("costs", "timeline", "tornado").contains(chart)) {
            throw bad("--chart must be costs, timeline or tornado, not '" + chart + "'");
        }
        boolean timeline = chart.equals("timeline");
        crossover.io.LoadedScenario loaded = new ScenarioReader().read(file);
        Evaluation e = CostEngine.evaluate(loaded.scenario());
        ChartSpec plain = ChartSpecs.of(e, !linearCost, Optional.empty());
        ChartSpec costs = e.scenario().uncertainty().hasRanges()
                ? plain.withBands(crossover.model.MonteCarlo.run(e.scenario(), plain.bandVolumes(), () -> false,
                        done -> { }).orElseThrow().bands())
                : plain;
        Drawing drawing = switch (chart) {
            case "timeline" -> Drawing.of(TimelineSpec.of(e));
            case "tornado" -> Drawing.of(crossover.chart.TornadoSpec.of(e.scenario()));
            default -> Drawing.of(costs);
        };
        if (png != null) {
            write(png, out -> PngExport.write(out, drawing, options));
        }
        if (svg != null) {
            write(svg, out -> SvgExport.write(out, drawing, options));
        }
        if (pdf != null) {
            write(pdf, out -> crossover.export.PdfReport.write(out, e, costs, options, Cli.version(),
                    java.time.LocalDate.now(), loaded.sources()));
        }
        if (csv != null) {
            write(csv, out -> {
                if (timeline) {
                    CsvExport.writeTimeline(out, e);
                } else if (chart.equals("tornado")) {
                    CsvExport.writeSensitivity(out, crossover.model.Sensitivity.of(e.scenario()));
                } else {
                    CsvExport.write(out, e, costs);
                }
            });
        }
        return Cli.OK;
    }

    private static void write(Path out, AtomicFile.Content content) throws ScenarioFileException {
        try {
            AtomicFile.write(out, content);
        } catch (IOException ex) {
            throw new ScenarioFileException(out.toString(), "cannot be written: " + AtomicFile.reason(ex) + ".", ex);
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
