package crossover.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import crossover.model.BreakEven;
import crossover.model.Evaluation;
import crossover.model.MonteCarlo;
import crossover.model.Option;
import crossover.model.OptionCost;
import crossover.model.Sensitivity;
import crossover.model.TimelineMonth;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

/** The JSON of {@code evaluate --json}: the keys COST-MODEL.md lists, plain numbers at full double precision. */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static String toJson(Evaluation e, List<String> defaultsUsed) {
        return CliJson.document(g -> {
            g.writeStartObject();
            g.writeStringField("name", e.scenario().name());
            CliJson.number(g, "monthlyTokens", e.monthlyTokens());
            CliJson.number(g, "horizonMonthlyTokens", e.horizonMonthlyTokens());
            g.writeNumberField("horizonMonths", e.scenario().workload().horizonMonths());
            CliJson.number(g, "blendedApiPricePerMTok", e.blendedApiPricePerMTok());
            CliJson.number(g, "selfHostedFloorPerMTok", e.selfHostedFloorPerMTok());
            CliJson.number(g, "cloudManagedFloorPerMTok", e.cloudManagedFloorPerMTok());

            g.writeObjectFieldStart("costs");
            for (Option o : e.options()) {
                OptionCost c = e.cost(o);
                g.writeObjectFieldStart(o.id());
                CliJson.number(g, "monthly", c.monthly());
                CliJson.number(g, "horizonTotal", c.horizonTotal());
                if (c.usesGpus()) {
                    CliJson.number(g, "replicas", c.replicas());
                    CliJson.number(g, "gpus", c.gpus());
                    CliJson.number(g, "utilization", c.utilization());
                }
                g.writeEndObject();
            }
            g.writeEndObject();

            g.writeObjectFieldStart("breakEven");
            for (Option o : List.of(Option.SELF_HOSTED, Option.CLOUD_MANAGED)) {
                BreakEven b = e.breakEven(o);
                g.writeObjectFieldStart(o.id());
                optional(g, "first", b.first());
                optional(g, "sustained", b.sustained());
                optional(g, "sustainedDailyRequests", b.sustainedDailyRequests());
                g.writeEndObject();
            }
            g.writeEndObject();

            g.writeObjectFieldStart("recommendation");
            g.writeStringField("option", e.recommendation().option().id());
            g.writeArrayFieldStart("excluded");
            for (Option o : e.recommendation().excluded()) {
                g.writeString(o.id());
            }
            g.writeEndArray();
            strings(g, "reasons", e.recommendation().reasons());
            g.writeEndObject();

            g.writeObjectFieldStart("paybackMonth");
            for (Option o : e.options()) {
                if (o != Option.API_INFERENCE) {
                    g.writeFieldName(o.id());
                    if (e.paybackMonth().get(o).isPresent()) {
                        g.writeNumber(e.paybackMonth().get(o).getAsInt());
                    } else {
                        g.writeNull();
                    }
                }
            }
            g.writeEndObject();

            g.writeArrayFieldStart("timeline");
            for (TimelineMonth m : e.timeline()) {
                g.writeStartObject();
                g.writeNumberField("month", m.month());
                CliJson.number(g, "monthlyTokens", m.monthlyTokens());
                g.writeObjectFieldStart("costs");
                for (Option o : e.options()) {
                    CliJson.number(g, o.id(), m.costs().get(o));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("cumulative");
                for (Option o : e.options()) {
                    CliJson.number(g, o.id(), m.cumulative().get(o));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("sensitivity");
            for (Sensitivity.Row row : Sensitivity.of(e.scenario())) {
                g.writeStartObject();
                g.writeStringField("input", row.input().path());
                CliJson.number(g, "low", row.low());
                CliJson.number(g, "high", row.high());
                CliJson.number(g, "swing", row.swing());
                g.writeEndObject();
            }
            g.writeEndArray();

            if (e.scenario().uncertainty().hasRanges()) {
                writeUncertainty(g, MonteCarlo.run(e.scenario()));
            }

            g.writeStringField("ruleOfThumb", e.ruleOfThumb().id());
            g.writeBooleanField("ruleOfThumbAgrees", e.ruleOfThumbAgrees());
            g.writeStringField("ruleOfThumbNote", e.ruleOfThumbNote());
            strings(g, "defaultsUsed", defaultsUsed);
            g.writeEndObject();
        });
    }

    private static void writeUncertainty(JsonGenerator g, MonteCarlo.Result r) throws IOException {
        g.writeObjectFieldStart("uncertainty");
        g.writeNumberField("samples", r.samples());
        g.writeNumberField("seed", r.seed());
        g.writeObjectFieldStart("horizonTotal");
        for (var t : r.horizonTotal().entrySet()) {
            g.writeFieldName(t.getKey().id());
            percentiles(g, t.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("cheapestProbability");
        for (var p : r.cheapestProbability().entrySet()) {
            CliJson.number(g, p.getKey().id(), p.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("sustainedBreakEven");
        g.writeObjectFieldStart(Option.SELF_HOSTED.id());
        if (r.sustainedBreakEven().isPresent()) {
            MonteCarlo.Percentiles p = r.sustainedBreakEven().get();
            CliJson.number(g, "p10", p.p10());
            CliJson.number(g, "p50", p.p50());
            CliJson.number(g, "p90", p.p90());
        } else {
            g.writeNullField("p10");
            g.writeNullField("p50");
            g.writeNullField("p90");
        }
        CliJson.number(g, "neverProbability", r.neverBreakEvenProbability());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void percentiles(JsonGenerator g, MonteCarlo.Percentiles p) throws IOException {
        g.writeStartObject();
        CliJson.number(g, "p10", p.p10());
        CliJson.number(g, "p50", p.p50());
        CliJson.number(g, "p90", p.p90());
        g.writeEndObject();
    }


    private static void optional(JsonGenerator g, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            CliJson.number(g, field, value.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
