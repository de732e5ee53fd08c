package crossover.ui.explorer;

import crossover.model.Evaluation;
import crossover.model.Option;
import crossover.model.Sentences;
import crossover.model.Units;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window reads out of an evaluation: the recommendation and its reasons, the break-even, the payback, the
 * rule of thumb, the status line and the costs under the pointer. The sentences come from {@link Sentences}, so
 * they read as the PDF's and the CLI's do. Knows no {@code Node}.
 */
public final class Readouts {

    private final DoubleProperty hoverTokens = new SimpleDoubleProperty(this, "hoverTokens", Double.NaN);
    private final ReadOnlyStringWrapper paybackSummary = new ReadOnlyStringWrapper(this, "paybackSummary", "");
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper(this, "recommendation", "");
    private final ReadOnlyStringWrapper breakEven = new ReadOnlyStringWrapper(this, "breakEven", "");
    private final ReadOnlyStringWrapper ruleOfThumb = new ReadOnlyStringWrapper(this, "ruleOfThumb", "");
    private final ReadOnlyStringWrapper ruleOfThumbNote = new ReadOnlyStringWrapper(this, "ruleOfThumbNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    private Evaluation shown;

    Readouts() {
        hoverTokens.addListener((obs, old, now) -> updateHoverText());
    }

    /** Reads out an evaluation (the last valid one: an invalid input leaves these as they were). */
    void show(Evaluation e) {
        shown = e;
        recommendation.set(e.recommendation().option().label());
        reasons.setAll(e.recommendation().reasons());
        breakEven.set(Sentences.breakEven(e, e.headlineOption()));
        ruleOfThumb.set(Sentences.ruleOfThumb(e));
        ruleOfThumbNote.set(Sentences.ruleOfThumbNote(e));
        status.set(Sentences.status(e));
        paybackSummary.set(Sentences.payback(e));
        updateHoverText();
    }

    /** The volume under the pointer on the chart, or NaN. */
    public DoubleProperty hoverTokensProperty() {
        return hoverTokens;
    }

    /** "Payback against the API: self-hosting in month 15, cloud-managed not within 24 months. …" */
    public ReadOnlyStringProperty paybackSummaryProperty() {
        return paybackSummary.getReadOnlyProperty();
    }

    /** The recommended option's name. */
    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    /** The recommendation's reasons. */
    public ObservableList<String> reasons() {
        return reasonsView;
    }

    /** "Break-even for self-hosting: 3.6 B tokens/month ≈ 80 k requests/day.", or why there is none. */
    public ReadOnlyStringProperty breakEvenProperty() {
        return breakEven.getReadOnlyProperty();
    }

    /** "Rule of thumb: API inference (agrees)". */
    public ReadOnlyStringProperty ruleOfThumbProperty() {
        return ruleOfThumb.getReadOnlyProperty();
    }

    /** Why the rule of thumb and the costs agree or not. */
    public ReadOnlyStringProperty ruleOfThumbNoteProperty() {
        return ruleOfThumbNote.getReadOnlyProperty();
    }

    /** Volume, GPUs, utilisation, floor against blended price. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The costs at the hovered volume, or empty. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The engine's figure at the hovered volume, for tests and read-outs. */
    public OptionalDouble hoverCost(Option option) {
        double v = hoverTokens.get();
        return shown == null || Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(shown.curve(option).costAt(v));
    }

    private void updateHoverText() {
        double v = hoverTokens.get();
        if (shown == null || Double.isNaN(v)) {
            hoverText.set("");
            return;
        }
        StringBuilder s = new StringBuilder(Units.tokensPerMonth(v)).append("  (≈ ")
                .append(Units.requestsPerDay(v / (shown.scenario().workload().tokensPerRequest() * Units.DAYS_PER_MONTH)))
                .append(")");
        for (Option o : shown.options()) {
            s.append('\n').append(o.label()).append(": ").append(Units.dollars(shown.curve(o).costAt(v))).append("/month");
        }
        hoverText.set(s.toString());
    }
}
