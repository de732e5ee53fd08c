package crossover.model.setup;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.io.CatalogReader;
import crossover.model.ApiPricing;
import crossover.model.CloudManaged;
import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.Scenario;
import crossover.model.SelfHosting;
import crossover.model.Workload;
import crossover.model.catalog.Catalog;
import crossover.model.catalog.Engine;
import crossover.model.catalog.OpenModel;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** What the search promises for any scenario: a stricter target never helps, and the front is the front. */
class SetupSearchPropertiesTest {

    private static final Catalog CATALOG = CatalogReader.bundled();

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Workload> workloads = Combinators.combine(
                Arbitraries.doubles().between(100, 2_000_000),
                Arbitraries.doubles().between(100, 8_000),
                Arbitraries.doubles().between(0.05, 0.9),
                Arbitraries.doubles().between(50, 3_000),
                Arbitraries.doubles().between(1, 4),
                Arbitraries.doubles().between(-5, 15),
                Arbitraries.integers().between(1, 36)).as((daily, tokens, share, sla, peak, growth, months) ->
                new Workload(daily, tokens, share, sla, DataSensitivity.INTERNAL, OpsCapacity.DEDICATED, peak, growth,
                        months));
        Arbitrary<SelfHosting> hosting = Combinators.combine(
                Arbitraries.integers().between(1, 4),
                Arbitraries.doubles().between(0.2, 1),
                Arbitraries.doubles().between(0, 100_000),
                Arbitraries.doubles().between(0, 10_000)).as((min, util, setup, ops) ->
                new SelfHosting(2.5, 3_600_000, 1, min, util, setup, ops));
        return Combinators.combine(workloads, hosting, Arbitraries.doubles().between(0, 100))
                .as((w, h, overhead) -> new Scenario("p", "", w, new ApiPricing(3, 15, 400), h,
                        new CloudManaged(overhead, 8_000, 1_500)));
    }

    @Provide
    Arbitrary<OpenModel> models() {
        return Arbitraries.of(CATALOG.models().stream()
                .filter(m -> List.of("llama-3.1-8b", "qwen3-30b-a3b", "llama-3.3-70b", "gpt-oss-120b")
                        .contains(m.id())).toList());
    }

    @Property(tries = 60)
    void aStricterInterTokenTargetNeverMakesTheBestHorizonCostLower(@ForAll("scenarios") Scenario s,
            @ForAll("models") OpenModel m, @ForAll @DoubleRange(min = 5, max = 200) double loose,
            @ForAll @DoubleRange(min = 0.1, max = 1) double tightening) {
        SetupSearch.Request request = SetupSearch.Request.of(s, CATALOG, m, Engine.VLLM, loose);
        double looseBest = best(SetupSearch.search(request));
        double strictBest = best(SetupSearch.search(request.withItlTarget(loose * tightening)));
        assertThat(strictBest).isGreaterThanOrEqualTo(looseBest);
    }

    private static double best(SetupSearch.Result r) {
        return r.best().map(SetupRow::horizonTotal).orElse(Double.POSITIVE_INFINITY);
    }

    @Property(tries = 60)
    void theParetoRowsAreExactlyThoseNoOtherRowBeatsOnBothAxes(@ForAll("scenarios") Scenario s,
            @ForAll("models") OpenModel m, @ForAll @DoubleRange(min = 5, max = 200) double target) {
        SetupSearch.Result r = SetupSearch.search(SetupSearch.Request.of(s, CATALOG, m, Engine.VLLM, target));
        List<SetupRow> rows = r.rows();
        for (SetupRow x : rows) {
            boolean beaten = false;
            for (SetupRow y : rows) {
                if (y != x && y.meetsTargets() && y.horizonTotal() < x.horizonTotal() && y.itlMs() < x.itlMs()) {
                    beaten = true;
                    break;
                }
            }
            assertThat(x.pareto()).as("%s %s", x.setup().words(), x.option())
                    .isEqualTo(x.meetsTargets() && !beaten);
        }
    }

    @Property(tries = 40)
    void rowsComeBestFirstAndTheRanksCountTheRowsThatMeetTheTargets(@ForAll("scenarios") Scenario s,
            @ForAll("models") OpenModel m) {
        List<SetupRow> rows = SetupSearch.search(SetupSearch.Request.of(s, CATALOG, m, Engine.VLLM, 50)).rows();
        int ranked = (int) rows.stream().filter(SetupRow::meetsTargets).count();
        for (int i = 0; i < rows.size(); i++) {
            SetupRow x = rows.get(i);
            assertThat(x.rank()).isEqualTo(i < ranked ? i + 1 : 0);
            assertThat(x.meetsTargets()).isEqualTo(i < ranked);
            if (i > 0 && x.meetsTargets() == rows.get(i - 1).meetsTargets()) {
                assertThat(x.horizonTotal()).isGreaterThanOrEqualTo(rows.get(i - 1).horizonTotal());
            }
        }
    }
}
