package crossover.bench;

import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.CostEngine;
import crossover.model.DataSensitivity;
import crossover.model.Evaluation;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
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
 * recommendation with its sentences) of a typical scenario, at 24 and at 120 months.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    @Param({"24", "120"})
    int horizonMonths;

    Scenario scenario;

    @Setup
    public void setUp() {
        Workload w = new Workload(50_000, 1_500, 0.3, 1000, DataSensitivity.INTERNAL, OpsCapacity.LIMITED, 2.0, 5,
                horizonMonths);
        scenario = new Scenario("Typical", "", w, new ApiPricing(3, 15, 400),
                new SelfHosting(2.5, 2.5e6, 2, 2, 0.6, 30_000, 4_000), new CloudManaged(30, 8_000, 1_500));
    }

    @Benchmark
    public Evaluation evaluate() {
        return CostEngine.evaluate(scenario);
    }
}
