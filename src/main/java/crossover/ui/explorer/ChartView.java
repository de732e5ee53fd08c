package crossover.ui.explorer;

import crossover.chart.ChartGeometry;
import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.ChartTheme;
import java.util.OptionalDouble;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.jfree.fx.FXGraphics2D;

/**
 * The cost chart on a canvas, painted by the shared {@link ChartPainter}. Hover shows the engine's costs at the
 * pointer; a click sets today's volume; today's marker can be dragged.
 */
public final class ChartView extends Pane {

    /** How close (px) to today's marker a press grabs it. */
    private static final double GRAB = 8;

    private final ScenarioViewModel vm;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ChartPainter painter = new ChartPainter();
    private final Label readout = new Label();
    private ChartGeometry geometry;
    private boolean dragging;
    private long paints;
    private Runnable onFirstPaint;

    public ChartView(ScenarioViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
        setId("cost-chart");
        getStyleClass().add("cost-chart");
        setMinSize(400, 260);
        readout.setId("hover-readout");
        readout.getStyleClass().add("hover-readout");
        readout.textProperty().bind(vm.hoverTextProperty());
        readout.visibleProperty().bind(vm.hoverTextProperty().isNotEmpty());
        readout.setMouseTransparent(true);
        readout.setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(canvas, readout);

        vm.chartProperty().addListener((obs, old, now) -> paint());
        vm.hoverTokensProperty().addListener((obs, old, now) -> paint());
        dark.addListener((obs, old, now) -> paint());
        widthProperty().addListener((obs, old, now) -> paint());
        heightProperty().addListener((obs, old, now) -> paint());

        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> vm.hoverTokensProperty().set(Double.NaN));
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::release);
    }

    /** Runs once, after the first paint of a chart with content; for the startup probe. */
    public void setOnFirstPaint(Runnable action) {
        this.onFirstPaint = action;
    }

    /** How many times the chart has been painted; for tests. */
    public long paintCount() {
        return paints;
    }

    /** Where the plot is, once painted. */
    public ChartGeometry geometry() {
        return geometry;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        readout.autosize();
    }

    private void paint() {
        ChartSpec spec = vm.chartProperty().get();
        double w = getWidth();
        double h = getHeight();
        if (spec == null || w < 1 || h < 1) {
            return;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        double hover = vm.hoverTokensProperty().get();
        geometry = painter.paint(g2, spec, dark.get() ? ChartTheme.DARK : ChartTheme.LIGHT, w, h,
                Double.isNaN(hover) || dragging ? OptionalDouble.empty() : OptionalDouble.of(hover));
        paints++;
        if (onFirstPaint != null) {
            Runnable action = onFirstPaint;
            onFirstPaint = null;
            action.run();
        }
    }

    private void hover(MouseEvent e) {
        if (geometry == null) {
            return;
        }
        if (geometry.inPlot(e.getX(), e.getY())) {
            vm.hoverTokensProperty().set(geometry.tokensAt(e.getX()));
            placeReadout(e.getX(), e.getY());
        } else {
            vm.hoverTokensProperty().set(Double.NaN);
        }
        canvas.setCursor(nearToday(e.getX()) ? Cursor.H_RESIZE : Cursor.CROSSHAIR);
    }

    private void press(MouseEvent e) {
        if (geometry != null && geometry.inPlot(e.getX(), e.getY())) {
            dragging = true;
            vm.adjustingProperty().set(true);
            vm.setTodayTokens(geometry.tokensAt(e.getX()));
        }
    }

    private void drag(MouseEvent e) {
        if (dragging) {
            vm.setTodayTokens(geometry.tokensAt(e.getX()));
        }
    }

    private void release(MouseEvent e) {
        if (dragging) {
            dragging = false;
            vm.adjustingProperty().set(false);
        }
    }

    private boolean nearToday(double x) {
        ChartSpec spec = vm.chartProperty().get();
        return spec != null && Math.abs(geometry.tokens().toPixel(spec.today().tokens()) - x) <= GRAB;
    }

    private void placeReadout(double x, double y) {
        readout.autosize();
        double rx = x + 16 + readout.getWidth() > getWidth() ? x - 16 - readout.getWidth() : x + 16;
        double ry = Math.min(Math.max(4, y - readout.getHeight() - 12), getHeight() - readout.getHeight() - 4);
        readout.relocate(rx, ry);
    }
}
