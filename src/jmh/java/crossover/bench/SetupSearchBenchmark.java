package crossover.bench;

import crossover.io.CatalogReader;
import crossover.io.ScenarioReader;
import crossover.model.Input;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.setup.SetupSearch;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole cheapest-setup search, as the window runs it on each slider step (issue 17: at most 5 ms median): every
 * catalog GPU × precision × replica size that holds the model, estimated and costed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SetupSearchBenchmark {

    SetupSearch.Request typical;
    SetupSearch.Request owned;
    SetupSearch.Request small;

    @Setup
    public void setUp() throws Exception {
        Catalog c = CatalogReader.bundled();
        // The first-start scenario (24 months) with the 70B model its default throughput assumes.
        typical = SetupSearch.Request.of(Input.defaults(), c, c.model("llama-3.3-70b").orElseThrow(), Engine.VLLM, 50);
        // Owned GPUs too (three options, 36 months).
        owned = SetupSearch.Request.of(new ScenarioReader().read(Path.of("assets", "scenarios",
                "7-buying-beats-renting.crossover")).scenario(), c, c.model("llama-3.3-70b").orElseThrow(),
                Engine.VLLM, 50);
        // A small model fits on every GPU at every size: the most setups (112).
        small = SetupSearch.Request.of(Input.defaults(), c, c.model("qwen3-8b").orElseThrow(), Engine.VLLM, 50);
    }

    @Benchmark
    public SetupSearch.Result searchTypical() {
        return SetupSearch.search(typical);
    }

    @Benchmark
    public SetupSearch.Result searchWithOwnedGpus() {
        return SetupSearch.search(owned);
    }

    @Benchmark
    public SetupSearch.Result searchSmallModel() {
        return SetupSearch.search(small);
    }
}
