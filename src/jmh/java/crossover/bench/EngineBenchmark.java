package crossover.bench;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.OnPrem;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Uncertainty;
import crossover.model.Workload;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one slider move costs in the engine: a full evaluation (costs, horizon sums, break-evens,
 * recommendation with its sentences) of a typical scenario, at 24 and at 120 months; and of a version-4 scenario
 * with every option present (hybrid, committed GPUs, owned GPUs, cached input and a batch tier).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    @Param({"24", "120"})
    int horizonMonths;

    Scenario scenario;
    Scenario everyOption;

    @Setup
    public void setUp() {
        Workload w = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 2.0, 5,
                horizonMonths);
        scenario = new Scenario("Typical", "", w, new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000), new CloudManaged(30, 8_000, 1_500));
        Workload v4 = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.DEDICATED, 2.0, 5,
                horizonMonths, 0.4, 0.7);
        everyOption = new Scenario("Every option", "", v4,
                new ApiPricing(3, 15, 400, OptionalDouble.of(0.3), 50),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000, 65, 6, 40), new CloudManaged(30, 8_000, 1_500),
                Optional.of(new OnPrem(35_000, 36, 1.0, 1.3, 0.10, 150, 50_000, 6_000)), Uncertainty.NONE);
    }

    @Benchmark
    public Evaluation evaluate() {
        return CostEngine.evaluate(scenario);
    }

    @Benchmark
    public Evaluation evaluateVersionFourEveryOption() {
        return CostEngine.evaluate(everyOption);
    }
}
