package crossover.bench;

import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.ChartTheme;
import crossover.export.CsvExport;
import crossover.export.ExportOptions;
import crossover.export.PdfReport;
import crossover.export.PngExport;
import crossover.export.SvgExport;
import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm export times at 1600 × 900, written to memory: PNG at 3x, SVG, the PDF one-pager, CSV. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ExportBenchmark {

    private Evaluation evaluation;
    private ChartSpec spec;

    @Setup
    public void setUp() {
        Workload w = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 2.0, 5, 24);
        Scenario s = new Scenario("Typical", "", w, new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000), new CloudManaged(30, 8_000, 1_500));
        evaluation = CostEngine.evaluate(s);
        spec = ChartSpecs.of(evaluation, true, Optional.empty());
    }

    @Benchmark
    public int png3x() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExport.write(out, spec, new ExportOptions(1600, 900, 3, ChartTheme.LIGHT));
        return out.size();
    }

    @Benchmark
    public int svg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgExport.write(out, spec, ExportOptions.DEFAULT);
        return out.size();
    }

    @Benchmark
    public int pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(out, evaluation, spec, ExportOptions.DEFAULT, "bench", LocalDate.of(2026, 1, 1));
        return out.size();
    }

    @Benchmark
    public int csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, evaluation, spec);
        return out.size();
    }
}
