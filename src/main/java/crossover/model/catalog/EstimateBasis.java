package crossover.model.catalog;

import crossover.model.Units;

/** The basis of a throughput estimate in words: what was assumed, what limits it, and its range. */
final class EstimateBasis {

    private EstimateBasis() {
    }

    static String describe(ThroughputEstimate e) {
        EstimateRequest r = e.request();
        GpuSpec gpu = r.gpu();
        ThroughputEstimate.Rates p = e.point();
        StringBuilder b = new StringBuilder();
        b.append("Roofline of decoding on ").append(r.engine().label()).append(' ').append(r.engine().releases())
                .append(": ").append(r.model().name()).append(" at ").append(r.precision().id())
                .append(" is ").append(ThroughputEstimator.gb(e.weightBytes())).append(" of weights and ")
                .append(Units.plain(Math.round(e.kvBytesPerToken() / 1e3))).append(" kB of KV cache per token. On ")
                .append(e.gpusPerReplica()).append(" × ").append(gpu.name()).append(" (")
                .append(Units.plain(gpu.memoryGb())).append(" GB, ").append(Units.plain(gpu.memoryBandwidthGBs()))
                .append(" GB/s, ").append(Units.plain(gpu.tflops(r.precision()))).append(" TFLOPS) a batch of ")
                .append(e.batch()).append(e.batch() == 1 ? " sequence of " : " sequences of ").append(Units.plain(r.tokensPerRequest()))
                .append(" tokens (limited by ").append(e.batchLimit().words())
                .append(e.batchLimit() == ThroughputEstimate.BatchLimit.SCHEDULER
                        ? ", " + r.engine().maxBatch(gpu) + " on this GPU" : "").append(") takes ")
                .append(ThroughputEstimator.ms(p.stepSeconds())).append(" a step, ").append(e.bound().words())
                .append(" at ").append(pct(p.efficiency().memory())).append(" of peak bandwidth and ")
                .append(pct(p.efficiency().compute())).append(" of peak compute, with ")
                .append(micro(p.efficiency().perLayerSeconds()
                        + (e.gpusPerReplica() > 1 ? p.efficiency().tensorParallelLayerSeconds() : 0)))
                .append(" of engine time per layer").append(e.gpusPerReplica() > 1 ? " (across GPUs)" : "")
                .append(" and ").append(micro(p.efficiency().perSequenceSeconds())).append(" per sequence. Range ")
                .append(Units.compact(e.lowTokensPerHourPerGpu())).append("–")
                .append(Units.compact(e.highTokensPerHourPerGpu())).append(" tokens an hour per GPU (")
                .append(Units.plain(r.engine().lowFactor())).append("–").append(Units.plain(r.engine().highFactor()))
                .append(" × the point: the spread of published ÷ estimated over the measurements it was fitted and checked "
                        + "on).");
        b.append(" First token after about ").append(ThroughputEstimator.ms(e.ttftSeconds()))
                .append(": the prompt's ").append(Units.plain(Math.round(r.tokensPerRequest() * (1 - r.outputShare()))))
                .append(" tokens take ").append(ThroughputEstimator.ms(e.prefillSeconds()))
                .append(" to prefill beside a decoding step of the batch (not counted: queueing at peak and the "
                        + "server's own handling, 20–60 ms in published short-prompt runs)");
        if (r.latencySlaMs() > 0 && !e.ttftAboveSla()) {
            // Above it, a warning below says so and what would help.
            b.append("; within the latency SLA of ").append(Units.plain(r.latencySlaMs())).append(" ms");
        }
        b.append('.');
        if (r.outputShare() == 0) {
            b.append(" With no output tokens the throughput is prefill alone: ")
                    .append(Units.compact(p.prefillPerSecond() * 3600 / e.gpusPerReplica()))
                    .append(" tokens an hour per GPU at ").append(pct(p.efficiency().compute()))
                    .append(" of peak compute; the decoding figures above do not apply.");
        }
        for (String w : e.warnings()) {
            b.append(' ').append(w);
        }
        if (!e.hint().isEmpty()) {
            b.append(' ').append(e.hint());
        }
        return b.toString();
    }

    /**
     * The estimate in one or two sentences for the window, the rest behind "How it was estimated": "Batch 5 on
     * 1 GPU per replica (limited by GPU memory), a step every 31.5 ms; first token after about 152.3 ms." and any
     * warning (a first token over the latency SLA) and hint (a replica that would serve more per GPU).
     */
    static String summarise(ThroughputEstimate e) {
        StringBuilder b = new StringBuilder("Batch ").append(e.batch()).append(" on ").append(e.gpusPerReplica())
                .append(e.gpusPerReplica() == 1 ? " GPU" : " GPUs").append(" per replica (limited by ")
                .append(e.batchLimit().words()).append("), a step every ")
                .append(ThroughputEstimator.ms(e.point().stepSeconds())).append("; first token after about ")
                .append(ThroughputEstimator.ms(e.ttftSeconds())).append('.');
        for (String w : e.warnings()) {
            b.append(' ').append(w);
        }
        if (!e.hint().isEmpty()) {
            b.append(' ').append(e.hint());
        }
        return b.toString();
    }

    private static String micro(double seconds) {
        return Units.plain(Math.round(seconds * 1e6)) + " µs";
    }

    private static String pct(double fraction) {
        return Math.round(fraction * 100) + " %";
    }
}
