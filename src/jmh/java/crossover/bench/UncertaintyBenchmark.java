package crossover.bench;

import crossover.model.Input;
import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.Input;
import crossover.model.MonteCarlo;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Uncertainty;
import crossover.model.Workload;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 10,000 Monte Carlo draws of a 24-month scenario with four uncertain inputs, and the tornado. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UncertaintyBenchmark {

    private Scenario scenario;

    @Setup
    public void setUp() {
        Workload w = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 2.0, 5, 24);
        scenario = new Scenario("Typical", "", w, new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000), new CloudManaged(30, 8_000, 1_500),
                new Uncertainty(10_000, 1, Map.of(
                        Input.TOKENS_PER_HOUR_PER_GPU, new Uncertainty.Range(1.2e6, 5e6),
                        Input.GPU_HOURLY_PRICE, new Uncertainty.Range(1.8, 4),
                        Input.DAILY_REQUESTS, new Uncertainty.Range(20_000, 120_000),
                        Input.MONTHLY_GROWTH_PERCENT, new Uncertainty.Range(0, 12))));
    }

    @Benchmark
    public MonteCarlo.Result tenThousandDraws() {
        return MonteCarlo.run(scenario);
    }

    /** As the window runs it: with the P10–P90 bands at the chart's 80 volumes. */
    @Benchmark
    public MonteCarlo.Result tenThousandDrawsWithBands() {
        double[] volumes = new double[80];
        for (int i = 0; i < volumes.length; i++) {
            volumes[i] = Math.pow(10, 8 + 4.0 * i / 79);
        }
        return MonteCarlo.run(scenario, volumes, () -> false, done -> { }).orElseThrow();
    }

    @Benchmark
    public Object tornado() {
        return crossover.model.Sensitivity.of(scenario);
    }
}
