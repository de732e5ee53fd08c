package crossover.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calibration as the issue asks for it: 2025–26 measurements spread over engines, GPU generations, dense and
 * mixture models, short and long requests; fitted on part, checked on the rest; a range no wider than the
 * measurements support.
 */
class CalibrationTest {

    private static final Catalog CATALOG = CatalogReader.bundled();
    private static final List<Calibration.Check> CHECKS = Calibration.checkAll(CATALOG);

    private static List<Measurement> role(Measurement.Role r) {
        return CATALOG.calibration().stream().filter(m -> m.role() == r).toList();
    }

    private static Calibration.Check check(String id) {
        return CHECKS.stream().filter(c -> c.measurement().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void atLeastTwentyMeasurementsAreUsedAndEachEngineIsBothFittedAndChecked() {
        List<Measurement> used = CATALOG.calibration().stream()
                .filter(m -> m.role() != Measurement.Role.EXCLUDED).toList();
        assertThat(used).hasSizeGreaterThanOrEqualTo(20);
        for (Engine e : Engine.values()) {
            assertThat(role(Measurement.Role.FIT)).as(e.id()).anyMatch(m -> m.engine() == e);
            assertThat(role(Measurement.Role.CHECK)).as(e.id()).anyMatch(m -> m.engine() == e);
        }
        // GPU generations: Ampere (A100), Ada (L40S), Hopper (H100, H200), Blackwell (B200), CDNA 3 (MI300X).
        Set<String> gpus = used.stream().map(Measurement::gpu).collect(Collectors.toSet());
        assertThat(gpus).contains("a100-80gb", "l40s", "h100-sxm", "h200", "b200", "mi300x");
        // Dense and mixture models, fitted and checked.
        for (Measurement.Role r : List.of(Measurement.Role.FIT, Measurement.Role.CHECK)) {
            assertThat(role(r)).as(r.id()).anyMatch(m -> CATALOG.model(m.model()).orElseThrow().sparse());
            assertThat(role(r)).as(r.id()).anyMatch(m -> !CATALOG.model(m.model()).orElseThrow().sparse());
        }
        // Short requests (a few hundred tokens) and long ones (8k prompts and more).
        assertThat(used).anyMatch(m -> m.inputTokens() != null && m.inputTokens() + m.outputTokens() <= 500);
        assertThat(used).anyMatch(m -> m.inputTokens() != null && m.inputTokens() >= 8192);
        // Every row dated and sourced; every left-out row says why.
        for (Measurement m : CATALOG.calibration()) {
            assertThat(m.source()).as(m.id()).isNotBlank();
            assertThat(m.asOf()).as(m.id()).matches("20(25|26).*");
            assertThat(m.note()).as(m.id()).startsWith("Measured: ");
        }
    }

    /** Held out: every point within 0.50–1.49 of what was measured, and at least 85 % within 0.67–1.5. */
    @Test
    void theHeldOutPointsAreWithinTheClaimedBand() {
        List<Calibration.Check> held = CHECKS.stream()
                .filter(c -> c.measurement().role() == Measurement.Role.CHECK).toList();
        assertThat(held).hasSizeGreaterThanOrEqualTo(15);
        for (Calibration.Check c : held) {
            assertThat(c.ratio()).as(c.measurement().id()).isBetween(0.50, 1.49);
        }
        long withinAim = held.stream().filter(Calibration.Check::withinAim).count();
        assertThat((double) withinAim / held.size()).isGreaterThanOrEqualTo(0.85);
        Calibration.Summary s = Calibration.summarize(CHECKS, Measurement.Role.CHECK);
        assertThat(s.geometricMean()).isBetween(0.85, 1.15);
        assertThat(s.spread()).isLessThan(1.4);
    }

    /** The range is the spread of the fit and check rows, rounded outwards, and no wider than 3×. */
    @Test
    void theRangeIsWhatTheMeasurementsSupport() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Calibration.Check c : CHECKS) {
            if (c.measurement().role() != Measurement.Role.EXCLUDED) {
                min = Math.min(min, c.ratio());
                max = Math.max(max, c.ratio());
            }
        }
        assertThat(Engine.LOW_FACTOR).isEqualTo(Math.floor(min * 100) / 100);
        assertThat(Engine.HIGH_FACTOR).isEqualTo(Math.ceil(max * 100) / 100);
        assertThat(Engine.HIGH_FACTOR / Engine.LOW_FACTOR).isLessThanOrEqualTo(3);
    }

    /**
     * The constants are what the fit found: moving any of them 5 % either way (or a zero one up by 5 µs) does not
     * lower the fit rows' sum of squared log errors by more than their three-figure rounding can.
     */
    @Test
    void theCalibratedConstantsAreAMinimumOfTheFitRowsError() {
        double at = Calibration.fitLoss(CATALOG, Engine::point);
        for (int parameter = 0; parameter < 10; parameter++) {
            for (double step : new double[] {0.95, 1.05}) {
                double loss = Calibration.fitLoss(CATALOG, perturbed(parameter, step));
                assertThat(loss).as("parameter %d × %s", parameter, step).isGreaterThan(at - 0.002);
            }
        }
        assertThat(at / role(Measurement.Role.FIT).size()).as("mean squared log error").isLessThan(0.04);
    }

    /** Parameters 0–3 are shared (bandwidth, compute, dequantised experts, collectives); 4–9 each engine's own. */
    private static Function<Engine, ThroughputEstimator.Efficiency> perturbed(int parameter, double step) {
        return engine -> {
            ThroughputEstimator.Efficiency e = engine.point();
            double[] v = {e.memory(), e.compute(), e.dequantizedExperts(), e.tensorParallelLayerSeconds(),
                    e.perLayerSeconds(), e.perSequenceSeconds()};
            int index;
            if (parameter < 4) {
                index = parameter;
            } else {
                int own = parameter - 4;
                if (own % 3 != engine.ordinal()) {
                    return e;
                }
                index = own < 3 ? 4 : 5;
            }
            v[index] = v[index] == 0 ? (step > 1 ? 5e-6 : 0) : v[index] * step;
            return new ThroughputEstimator.Efficiency(Math.min(1, v[0]), Math.min(1, v[1]), Math.min(1, v[2]), v[4],
                    v[3], v[5]);
        };
    }

    /**
     * The example: TensorRT-LLM's own table, Llama 3.1 8B at fp8 on one H100, 1,000 in and 1,000 out,
     * 15,220 output tokens a second (TensorRT-LLM 1.0 performance overview). The 2024 estimator gave about a fifth.
     */
    @Test
    void tensorRtLlmsPublishedLlama8bFigureIsNowInsideTheRangeAndNearThePoint() {
        Calibration.Check c = check("trtllm10-h100x1-llama31-8b-fp8-1000-1000");

        assertThat(c.published()).isEqualTo(15_220);
        assertThat(c.inside()).isTrue();
        assertThat(c.ratio()).isBetween(0.67, 1.5);
    }

    /** Figures per GPU are multiplied by the replica's GPUs, per sequence by the sequences, per replica kept. */
    @Test
    void publishedFiguresAreConvertedToTheWholeReplica() {
        // TensorRT-LLM 1.2 table: 2,637 output tokens/s per GPU on 2 × H200 → 5,274 for the replica.
        assertThat(check("trtllm12-h200x2-llama33-70b-fp8-1k1k").published()).isEqualTo(5_274);
        // TensorRT-LLM 1.0 table: "Total Output Throughput" of the 2-GPU group, 6,378, kept.
        assertThat(check("trtllm10-h100x2-llama33-70b-fp8-128-128").published()).isEqualTo(6_378);
        // SGLang's batch-1 speed, 416.02 tokens/s for the one sequence.
        assertThat(check("sglang-blog-b200x4-gptoss120b-bs1").published()).isEqualTo(416.02);
        // InferenceX: 74.6 output tokens/s per GPU on 8 × H200 → 596.8.
        assertThat(check("inferencex-sglang057-h200x8-dsr1-fp8-c8").published()).isCloseTo(596.8,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    /** The batch a check estimates: the client's concurrency, the engine's limit (or the run's own), and memory. */
    @Test
    void theCheckedBatchIsWhatTheRunAllowed() {
        // Concurrency 8.
        assertThat(check("gpustack-vllm0110-h100x1-qwen3-8b-c8").batch()).isEqualTo(8);
        // AMD's run set max-num-seqs 3,200 (above vLLM's default 1,024) and sent 3,200 prompts.
        assertThat(check("amd-vllm0111-mi300x8-llama31-70b-fp8-128-2048").batch()).isEqualTo(3200);
        // All requests queued: TensorRT-LLM's 2,048, unless memory holds fewer.
        assertThat(check("trtllm12-b200x1-gptoss20b-fp4-1k1k").batch()).isEqualTo(2048);
        assertThat(check("trtllm12-h200x2-llama33-70b-fp8-8k1k").batch()).isLessThan(2048);
    }
}
