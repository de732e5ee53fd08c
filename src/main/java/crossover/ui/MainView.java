package crossover.ui;

import crossover.export.ExportChart;
import crossover.model.setup.SetupSearch;
import crossover.ui.controls.Sentence;
import crossover.ui.explorer.CatalogViewModel;
import crossover.ui.explorer.ChartView;
import crossover.ui.explorer.InputsView;
import crossover.ui.explorer.RecommendationView;
import crossover.ui.explorer.ScenarioViewModel;
import crossover.ui.explorer.SensitivityView;
import crossover.ui.explorer.TimelineView;
import crossover.ui.explorer.UncertaintyViewModel;
import crossover.ui.setup.SetupView;
import crossover.ui.setup.SetupViewModel;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The explorer window's content: menus and toolbar, inputs on the left, chart and recommendation, status line. */
public final class MainView extends BorderPane {

    private final ChartView chart;
    private final ScenarioDocument document;
    private final CatalogViewModel catalog;
    private final TabPane charts;
    private final SetupViewModel setups;
    private final InputsView inputs;

    MainView(ScenarioViewModel vm, ScenarioDocument document, CatalogViewModel catalog,
             UncertaintyViewModel uncertainty, Commands commands, Appearance appearance, AppPreferences prefs) {
        setId("main");
        this.document = document;
        this.catalog = catalog;
        chart = new ChartView(vm, appearance.darkProperty());
        inputs = new InputsView(vm, catalog);
        inputs.setMinWidth(320);
        RecommendationView recommendation = new RecommendationView(vm);
        recommendation.setMinHeight(150);

        Tab costs = new Tab("Cost curves", chart);
        costs.setId("tab-costs");
        Tab timeline = new Tab("Timeline");
        whenFirstSelected(timeline, () -> new TimelineView(vm, appearance.darkProperty(), timeline.selectedProperty()));
        timeline.setId("tab-timeline");
        Tab sensitivity = new Tab("Sensitivity");
        sensitivity.setId("tab-sensitivity");
        uncertainty.shownProperty().bind(sensitivity.selectedProperty());
        whenFirstSelected(sensitivity, () -> new SensitivityView(uncertainty, appearance.darkProperty()));
        Tab cheapest = new Tab("Cheapest setup");
        cheapest.setId("tab-setup");
        setups = new SetupViewModel(vm, catalog);
        setups.shownProperty().bind(cheapest.selectedProperty());
        whenFirstSelected(cheapest, () -> new SetupView(setups, appearance.darkProperty()));
        charts = new TabPane(costs, timeline, sensitivity, cheapest);
        charts.setId("chart-tabs");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(charts, recommendation);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(recommendation, false);
        SplitPane main = new SplitPane(inputs, right);
        main.setId("main-split");
        SplitPane.setResizableWithParent(inputs, false);
        rememberDivider(main, prefs);

        setTop(new VBox(new MainMenuBar(commands, document), new MainToolBar(commands)));
        setCenter(main);
        setBottom(statusBar(vm));
        acceptDroppedFiles();
    }

    /**
     * Gives a tab its content when it is first selected: the tabs behind the cost curves (a table, two charts) are
     * not styled, laid out and skinned before the window's first frame.
     */
    private static void whenFirstSelected(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }

    /**
     * The user drags the divider to give the charts or the inputs more room; the inputs keep that width in pixels
     * as the window is resized, and the next start puts it back.
     */
    private static void rememberDivider(SplitPane split, AppPreferences prefs) {
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(Math.min(0.8, prefs.inputsWidth() / now.doubleValue()));
                    split.getDividers().get(0).positionProperty().addListener((o, was, position) ->
                            prefs.saveInputsWidth(position.doubleValue() * split.getWidth()));
                }
            }
        });
    }

    /**
     * Adds the inputs below the fold on the pulse after the window's first frame has been rendered (a pulse starts
     * only once the previous frame is on screen): the first frame comes without them, sooner (README Benchmarks).
     */
    void completeAfterFirstFrame() {
        Pulses.after(2, inputs::complete);
    }

    /** Adds the inputs below the fold now (for tests, which look them up at once). */
    void completeNow() {
        inputs.complete();
    }

    /** The document (file state and File commands) this window shows. */
    public ScenarioDocument document() {
        return document;
    }

    /** Where the inputs come from: catalog picks and the throughput estimate. */
    public CatalogViewModel catalog() {
        return catalog;
    }

    /** The chart on screen, which an export proposes: the cost curves unless another chart's tab is shown. */
    ExportChart shownChart() {
        Tab shown = charts.getSelectionModel().getSelectedItem();
        return switch (shown == null ? "" : String.valueOf(shown.getId())) {
            case "tab-timeline" -> ExportChart.TIMELINE;
            case "tab-sensitivity" -> ExportChart.TORNADO;
            case "tab-setup" -> ExportChart.SETUP;
            default -> ExportChart.COSTS;
        };
    }

    /** The cheapest-setup search of the scenario on screen, for an export of its scatter. */
    Optional<SetupSearch.Result> setupSearch() {
        return setups.current();
    }

    /** The chart, for the startup probe and tests. */
    public ChartView chart() {
        return chart;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean opened = e.getDragboard().hasFiles()
                    && document.open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    private static HBox statusBar(ScenarioViewModel vm) {
        // Beside an error the status no longer fits one line at 1024 px: both wrap rather than end in "...".
        Label status = new Sentence();
        status.setId("status");
        status.textProperty().bind(vm.readouts().statusProperty());
        Label error = new Sentence();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(vm.firstErrorProperty().map(m -> m.isEmpty() ? "" : "Showing the last valid figures: " + m));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, error);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
