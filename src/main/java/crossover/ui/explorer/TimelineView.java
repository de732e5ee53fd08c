package crossover.ui.explorer;

import crossover.chart.ChartTheme;
import crossover.chart.TimelinePainter;
import crossover.chart.TimelineSpec;
import crossover.ui.controls.CanvasGraphics;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/** The timeline tab: cash per month and cumulative cash, painted by the shared {@link TimelinePainter}. */
public final class TimelineView extends BorderPane {

    private final ScenarioViewModel vm;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private final CanvasGraphics graphics = new CanvasGraphics(canvas);
    private final TimelinePainter painter = new TimelinePainter();
    private final Pane holder = new Pane(canvas);

    private final ObservableBooleanValue showing;
    private boolean stale = true;

    /** @param showing whether the tab is selected: a hidden timeline is painted when it is shown, not on every change */
    public TimelineView(ScenarioViewModel vm, ObservableBooleanValue dark, ObservableBooleanValue showing) {
        this.vm = vm;
        this.dark = dark;
        this.showing = showing;
        showing.addListener((obs, was, now) -> {
            if (now && stale) {
                paint();
            }
        });
        setId("timeline");
        Label summary = new Label();
        summary.setId("payback-summary");
        summary.getStyleClass().add("payback-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.readouts().paybackSummaryProperty());
        holder.setMinSize(300, 200);
        setCenter(holder);
        setBottom(summary);
        vm.timelineProperty().addListener((obs, old, now) -> paint());
        dark.addListener((obs, old, now) -> paint());
        holder.widthProperty().addListener((obs, old, now) -> paint());
        holder.heightProperty().addListener((obs, old, now) -> paint());
    }

    private void paint() {
        TimelineSpec spec = vm.timelineProperty().get();
        double w = holder.getWidth();
        double h = holder.getHeight();
        if (spec == null || w < 1 || h < 1) {
            return;
        }
        if (!showing.get()) {
            stale = true;
            return;
        }
        stale = false;
        canvas.setWidth(w);
        canvas.setHeight(h);
        painter.paint(graphics, spec, dark.get() ? ChartTheme.DARK : ChartTheme.LIGHT, w, h);
    }
}
