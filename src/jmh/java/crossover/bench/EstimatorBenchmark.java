package crossover.bench;

import crossover.io.CatalogReader;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.EstimateRequest;
import crossover.model.catalog.Precision;
import crossover.model.catalog.ThroughputEstimate;
import crossover.model.catalog.ThroughputEstimator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a catalog pick costs: one throughput estimate (with the wider-replica hint it may compute), and reading
 * the bundled catalogs from their JSON (what the window does once, off its FX thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EstimatorBenchmark {

    EstimateRequest request;

    @Setup
    public void setUp() {
        Catalog c = CatalogReader.bundled();
        request = EstimateRequest.of(c.gpu("h100-sxm").orElseThrow(), c.model("llama-3.1-70b").orElseThrow(),
                Precision.FP8, 2_000, 0.3);
    }

    @Benchmark
    public ThroughputEstimate estimate() {
        return ThroughputEstimator.estimate(request);
    }

    @Benchmark
    public Catalog readCatalogs() throws Exception {
        return CatalogBytes.read();
    }

    /** Reads the four bundled files anew each time (CatalogReader.bundled() caches). */
    static final class CatalogBytes {
        private static final String[] FILES = {"api-models.json", "gpus.json", "open-models.json", "calibration.json"};
        private static final byte[][] BYTES = new byte[FILES.length][];

        static {
            for (int i = 0; i < FILES.length; i++) {
                try (var in = CatalogReader.class.getResourceAsStream("/crossover/assets/catalog/" + FILES[i])) {
                    BYTES[i] = in.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        static Catalog read() throws Exception {
            return new CatalogReader().read(new CatalogReader.Source(FILES[0], BYTES[0]),
                    new CatalogReader.Source(FILES[1], BYTES[1]), new CatalogReader.Source(FILES[2], BYTES[2]),
                    new CatalogReader.Source(FILES[3], BYTES[3]));
        }
    }
}
