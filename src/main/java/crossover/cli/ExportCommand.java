package crossover.cli;

import crossover.chart.ChartTheme;
import crossover.export.ExportChart;
import crossover.export.ExportException;
import crossover.export.ExportFormat;
import crossover.export.ExportOptions;
import crossover.export.ExportRequest;
import crossover.export.ExportSubject;
import crossover.export.Exports;
import crossover.export.PngExport;
import crossover.io.LoadedScenario;
import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import crossover.model.Scenario;
import crossover.model.setup.SetupSearch;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

    @Option(names = "--png", paramLabel = "OUT", description = "write the chart as PNG, of at most "
            + PngExport.MAX_PIXELS + " pixels (width × height × scale²)")
    Path png;

    @Option(names = "--scale", paramLabel = "1..4", defaultValue = "1",
            description = "pixels per logical pixel of the PNG (default ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--svg", paramLabel = "OUT", description = "write the chart as SVG; - for standard output")
    Path svg;

    @Option(names = "--pdf", paramLabel = "OUT", description = "write a one-page PDF report")
    Path pdf;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the curves as CSV; - for standard output")
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

    @Option(names = "--chart", paramLabel = "costs|timeline|tornado|setup", defaultValue = "costs",
            description = "for PNG, SVG and CSV: the cost curves, the timeline of cash per month and cumulative, "
                    + "the sensitivity tornado, or the cheapest-setup scatter of `crossover optimize` (default "
                    + "${DEFAULT-VALUE}); the PDF has the first two")
    String chart;

    @CommandLine.Mixin
    SearchOptions search;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Cli parent;

    @Override
    public Integer call() throws ScenarioFileException {
        Map<ExportFormat, Path> outputs = new EnumMap<>(ExportFormat.class);
        Path[] given = {png, svg, pdf, csv};
        ExportFormat[] formats = {ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.CSV};
        for (int i = 0; i < formats.length; i++) {
            if (given[i] != null) {
                outputs.put(formats[i], given[i]);
            }
        }
        if (outputs.isEmpty()) {
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
        ExportChart shown = ExportChart.ofId(chart)
                .orElseThrow(() -> bad("--chart must be costs, timeline, tornado or setup, not '" + chart + "'"));
        if (shown != ExportChart.SETUP && search.given()) {
            throw bad("--model, --engine and --itl-ms choose the setup search: give them with --chart setup");
        }
        Optional<Function<Scenario, SetupSearch.Request>> searching = shown == ExportChart.SETUP
                ? Optional.of(search.request(spec)) : Optional.empty();
        LoadedScenario loaded = new ScenarioReader().read(file);
        Evaluation e = CostEngine.evaluate(loaded.scenario());
        ExportRequest request = new ExportRequest(outputs, shown, options, !linearCost, Exports.uncertaintyBands(e));
        Optional<SetupSearch.Result> setups = searching.map(s -> SetupSearch.search(s.apply(loaded.scenario())));
        try {
            Exports.write(new ExportSubject(e, Optional.of(file), loaded.sources(), setups), request,
                    parent.standardOutput());
        } catch (ExportException ex) {
            if (ex.file().isPresent()) {
                throw new ScenarioFileException(ex.file().get(), ex.detail(), ex);
            }
            throw bad(ex.detail());
        }
        return Cli.OK;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
