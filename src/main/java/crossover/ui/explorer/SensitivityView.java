package crossover.ui.explorer;

import crossover.chart.ChartTheme;
import crossover.chart.TornadoPainter;
import crossover.chart.TornadoSpec;
import crossover.ui.controls.CanvasGraphics;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The sensitivity tab: the tornado, and the Monte Carlo summary with its progress and a cancel button. */
public final class SensitivityView extends BorderPane {

    private final UncertaintyViewModel vm;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private final CanvasGraphics graphics = new CanvasGraphics(canvas);
    private final TornadoPainter painter = new TornadoPainter();
    private final Pane holder = new Pane(canvas);

    public SensitivityView(UncertaintyViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
        setId("sensitivity");
        Label summary = new Label();
        summary.setId("uncertainty-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        // A long Monte Carlo sentence takes the lines it needs from the tornado, never ends in "...".
        summary.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-uncertainty");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox bottom = new HBox(10, summary, bar, cancel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        holder.setMinSize(300, 200);
        setCenter(holder);
        setBottom(bottom);
        vm.tornadoProperty().addListener((obs, old, now) -> paint());
        dark.addListener((obs, old, now) -> paint());
        holder.widthProperty().addListener((obs, old, now) -> paint());
        holder.heightProperty().addListener((obs, old, now) -> paint());
    }

    private void paint() {
        TornadoSpec spec = vm.tornadoProperty().get();
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
