package crossover.ui.setup;

import crossover.chart.ChartTheme;
import crossover.chart.SetupChartSpec;
import crossover.chart.SetupPainter;
import crossover.model.Units;
import crossover.model.catalog.Engine;
import crossover.model.catalog.OpenModel;
import crossover.model.setup.SetupRow;
import crossover.ui.controls.CanvasGraphics;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Cheapest setup" tab: what to search (model, engine, inter-token target), the sentence, a sortable table of
 * every setup and option, their scatter of horizon cost against inter-token latency, and "Use this setup".
 */
public final class SetupView extends BorderPane {

    private final SetupViewModel vm;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private final CanvasGraphics graphics = new CanvasGraphics(canvas);
    private final SetupPainter painter = new SetupPainter();
    private final Pane holder = new Pane(canvas);
    private final TableView<SetupRow> table = new TableView<>();

    public SetupView(SetupViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
        setId("setup");

        ComboBox<OpenModel> model = new ComboBox<>(vm.models());
        model.setId("setup-model");
        model.setConverter(converter(OpenModel::name));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        ComboBox<Engine> engine = new ComboBox<>();
        engine.getItems().setAll(Arrays.asList(Engine.values()));
        engine.setId("setup-engine");
        engine.setConverter(converter(Engine::label));
        engine.valueProperty().bindBidirectional(vm.engineProperty());
        ComboBox<Double> itl = new ComboBox<>();
        itl.getItems().setAll(List.of(25.0, 50.0, 100.0, 200.0));
        itl.setId("setup-itl");
        itl.setConverter(converter(ms -> Units.plain(ms) + " ms"));
        itl.valueProperty().bindBidirectional(vm.itlTargetMsProperty());
        itl.setTooltip(new Tooltip("The inter-token latency target: each setup's batch grows only while a decoding "
                + "step fits it (and the first token stays within the latency SLA); a row meets the targets or not."));
        Button use = new Button("Use this setup");
        use.setId("use-setup");
        use.setTooltip(new Tooltip("Writes the selected row's GPU price, throughput and GPUs per replica (and, when "
                + "the scenario owns GPUs, the purchase price) into the scenario with their sources: one undo step."));
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> vm.use(table.getSelectionModel().getSelectedItem()));
        model.setPrefWidth(170);
        engine.setPrefWidth(130);
        itl.setPrefWidth(100);
        for (Region r : List.of(model, engine, itl, use)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Each control keeps its width ("Llama 3.3 70B", "50 ms" whole); in a narrow tab the row wraps instead.
        HBox modelPick = new HBox(8, fixed("Model"), model);
        HBox enginePick = new HBox(8, fixed("Engine"), engine);
        HBox itlPick = new HBox(8, fixed("ITL target"), itl);
        for (HBox pick : List.of(modelPick, enginePick, itlPick)) {
            pick.setAlignment(Pos.CENTER_LEFT);
        }
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(14, 6, modelPick, enginePick,
                itlPick, use);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label sentence = new Label();
        sentence.setId("setup-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.textProperty().bind(vm.sentenceProperty());
        VBox top = new VBox(6, controls, sentence);
        top.setPadding(new Insets(8, 12, 6, 12));
        setTop(top);

        table.setId("setup-table");
        columns();
        SortedList<SetupRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No setup to show yet: the catalogs are being read, or no GPU holds the model."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        holder.setMinSize(200, 120);
        SplitPane split = new SplitPane(holder, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        // In a short window chart and table sit side by side: stacked, neither would have room to show anything.
        heightProperty().addListener((obs, old, now) -> {
            Orientation o = now.doubleValue() < 430 ? Orientation.HORIZONTAL : Orientation.VERTICAL;
            if (split.getOrientation() != o) {
                split.setOrientation(o);
                split.setDividerPositions(o == Orientation.HORIZONTAL ? 0.5 : 0.55);
            }
        });
        setCenter(split);

        vm.chartProperty().addListener((obs, old, now) -> paint());
        dark.addListener((obs, old, now) -> paint());
        holder.widthProperty().addListener((obs, old, now) -> paint());
        holder.heightProperty().addListener((obs, old, now) -> paint());
    }

    /** The table, for tests and the startup probe. */
    public TableView<SetupRow> table() {
        return table;
    }

    private void columns() {
        TableColumn<SetupRow, Integer> rank = column("Rank", SetupRow::rank, r -> r == 0 ? "–" : String.valueOf(r), 50);
        // A row missing a target has no rank: it sorts after every ranked row.
        rank.setComparator(Comparator.comparingInt(r -> r == 0 ? Integer.MAX_VALUE : r));
        table.getColumns().add(rank);
        table.getColumns().add(column("Option", r -> r.option().id(), s -> s, 132));
        table.getColumns().add(column("GPU", r -> r.setup().gpu().name(), s -> s, 230));
        table.getColumns().add(column("Precision", r -> r.setup().precision().id(), s -> s, 70));
        table.getColumns().add(column("GPUs/replica", r -> r.setup().gpusPerReplica(), String::valueOf, 90));
        table.getColumns().add(column("Tokens/h/GPU", r -> r.setup().tokensPerHourPerGpu(), Units::compact, 110));
        table.getColumns().add(column("Batch", r -> r.setup().estimate().batch(), String::valueOf, 55));
        table.getColumns().add(column("ITL ms", SetupRow::itlMs, v -> Units.plain(Math.round(v * 10) / 10.0), 65));
        table.getColumns().add(column("TTFT ms", SetupRow::ttftMs, v -> Units.plain(Math.round(v)), 70));
        table.getColumns().add(column("Replicas", SetupRow::replicas, Units::compact, 70));
        table.getColumns().add(column("GPUs at end", SetupRow::horizonGpus, Units::compact, 110));
        table.getColumns().add(column("Monthly", SetupRow::monthly, Units::dollars, 90));
        table.getColumns().add(column("Horizon total", SetupRow::horizonTotal, Units::dollars, 110));
        table.getColumns().add(column("Break-even", r -> r.sustainedBreakEven().isPresent()
                ? r.sustainedBreakEven().getAsDouble() : Double.POSITIVE_INFINITY,
                v -> Double.isFinite(v) ? Units.tokensPerMonth(v) : "never", 150));
        table.getColumns().add(column("Meets", r -> r.meetsTargets() ? "yes" : r.meetsLatencySla()
                ? "no: ITL" : r.meetsItlTarget() ? "no: SLA" : "no: both", s -> s, 95));
        table.getColumns().add(column("Pareto", r -> r.pareto() ? "yes" : "", s -> s, 60));
    }

    private static <T extends Comparable<? super T>> TableColumn<SetupRow, T> column(String title,
            Function<SetupRow, T> value, Function<T, String> text, double width) {
        TableColumn<SetupRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        // Wide enough for the header's words in the table's bold font.
        c.setPrefWidth(Math.max(width, title.length() * 9.5 + 24));
        return c;
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void paint() {
        SetupChartSpec spec = vm.chartProperty().get();
        double w = holder.getWidth();
        double h = holder.getHeight();
        if (spec == null || w < 1 || h < 1) {
            return;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        painter.paint(graphics, spec, dark.get() ? ChartTheme.DARK : ChartTheme.LIGHT, w, h);
    }
}
