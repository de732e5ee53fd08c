package crossover.ui.explorer;

import crossover.ui.controls.Sentence;
import crossover.ui.controls.UncachedViewport;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recommendation card with its reasons, and the rule of thumb beside it. */
public final class RecommendationView extends HBox {

    /** The rule-of-thumb card's share of the panel's width. */
    private static final double RULE_SHARE = 0.4;

    public RecommendationView(ScenarioViewModel vm) {
        setId("recommendation-panel");
        getStyleClass().add("recommendation-panel");
        setSpacing(12);

        Label caption = new Label("Recommended");
        caption.getStyleClass().add("card-caption");
        Label option = new Label();
        option.setId("recommendation");
        option.getStyleClass().add("recommendation-title");
        option.textProperty().bind(vm.readouts().recommendationProperty());
        Label breakEven = new Sentence();
        breakEven.setId("break-even");
        breakEven.getStyleClass().add("break-even");
        breakEven.textProperty().bind(vm.readouts().breakEvenProperty());
        VBox reasons = new VBox(4);
        reasons.setId("reasons");
        vm.readouts().reasons().addListener((ListChangeListener<String>) change -> showReasons(reasons, vm.readouts().reasons()));
        showReasons(reasons, vm.readouts().reasons());
        VBox card = new VBox(6, caption, option, breakEven, reasons);
        card.getStyleClass().add("recommendation-card");
        ScrollPane cardScroll = new ScrollPane(card);
        cardScroll.setFitToWidth(true);
        cardScroll.getStyleClass().add("card-scroll");
        UncachedViewport.of(cardScroll);
        HBox.setHgrow(cardScroll, Priority.ALWAYS);
        // Its pref width would be its longest reason on one line, and the box then shrinks the rule card instead.
        cardScroll.setPrefWidth(320);
        cardScroll.setMinWidth(260);

        Label ruleTitle = new Sentence();
        ruleTitle.setId("rule-of-thumb");
        ruleTitle.getStyleClass().add("rule-title");
        ruleTitle.textProperty().bind(vm.readouts().ruleOfThumbProperty());
        Label ruleNote = new Sentence();
        ruleNote.setId("rule-of-thumb-note");
        ruleNote.getStyleClass().add("rule-note");
        ruleNote.textProperty().bind(vm.readouts().ruleOfThumbNoteProperty());
        VBox rule = new VBox(6, ruleTitle, ruleNote);
        rule.getStyleClass().add("rule-card");
        ScrollPane ruleScroll = new ScrollPane(rule);
        ruleScroll.setFitToWidth(true);
        ruleScroll.getStyleClass().add("card-scroll");
        UncachedViewport.of(ruleScroll);
        // The rule of thumb's note is about as long as the reasons: a fixed narrow card made it scroll even in a
        // wide window while the recommendation card had room to spare, so it takes a share of the width.
        ruleScroll.prefWidthProperty().bind(widthProperty().multiply(RULE_SHARE));
        ruleScroll.setMinWidth(240);
        ruleScroll.setMaxWidth(520);
        getChildren().addAll(cardScroll, ruleScroll);
    }

    /** Reuses the labels already there: new nodes on every slider step would cost a style and layout pass each. */
    private static void showReasons(VBox box, List<String> reasons) {
        while (box.getChildren().size() > reasons.size()) {
            box.getChildren().remove(box.getChildren().size() - 1);
        }
        while (box.getChildren().size() < reasons.size()) {
            Label l = new Sentence();
            l.getStyleClass().add("reason");
            box.getChildren().add(l);
        }
        for (int i = 0; i < reasons.size(); i++) {
            ((Label) box.getChildren().get(i)).setText(reasons.get(i));
        }
    }
}
