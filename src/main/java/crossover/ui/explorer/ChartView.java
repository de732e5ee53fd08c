package crossover.ui.explorer;

import crossover.chart.ChartGeometry;
import crossover.chart.ChartPainter;
import crossover.chart.ChartSpec;
import crossover.chart.ChartSpecs;
import crossover.chart.ChartTheme;
import crossover.model.CostEngine;
import crossover.model.Input;
import crossover.model.Scenario;
import crossover.model.Units;
import crossover.ui.controls.CanvasGraphics;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * The cost chart, painted by the shared {@link ChartPainter} on stacked canvases: the frame with the curves (grid,
 * axes, bands and curves, repainted only when the axes or the curves change), the marks (markers and labels, on
 * every change) and the hover cross-hair (shown only while there is one), so moving the pointer or a slider redraws
 * only what moved, and the software renderer composes two full-size layers, not four. A click sets today's volume;
 * today's marker drags.
 */
public final class ChartView extends Pane {

    /** How close (px) to today's marker a press grabs it. */
    private static final double GRAB = 8;

    private final ScenarioViewModel vm;
    private final ObservableBooleanValue dark;
    private final Canvas frame = new Canvas();
    private final Canvas data = new Canvas();
    private final Canvas overlay = new Canvas();
    private final CanvasGraphics frameGraphics = new CanvasGraphics(frame);
    private final CanvasGraphics dataGraphics = new CanvasGraphics(data);
    private final CanvasGraphics overlayGraphics = new CanvasGraphics(overlay);
    private final ChartPainter painter = new ChartPainter();
    private final Label readout = new Label();
    private ChartGeometry geometry;
    private List<Object> frameKey = List.of();
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
        readout.textProperty().bind(vm.readouts().hoverTextProperty());
        readout.visibleProperty().bind(vm.readouts().hoverTextProperty().isNotEmpty());
        readout.setMouseTransparent(true);
        readout.setPadding(new Insets(6, 8, 6, 8));
        frame.setMouseTransparent(true);
        data.setMouseTransparent(true);
        // Hidden while there is no cross-hair, so the renderer has no empty layer to compose; the chart itself
        // takes the pointer.
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        getChildren().addAll(frame, data, overlay, readout);

        vm.chartProperty().addListener((obs, old, now) -> paint());
        vm.readouts().hoverTokensProperty().addListener((obs, old, now) -> paintHover());
        dark.addListener((obs, old, now) -> paint());
        widthProperty().addListener((obs, old, now) -> paint());
        heightProperty().addListener((obs, old, now) -> paint());

        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> vm.readouts().hoverTokensProperty().set(Double.NaN));
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::release);
    }

    /** Runs once, after the first paint of a chart with content; for the startup probe. */
    public void setOnFirstPaint(Runnable action) {
        this.onFirstPaint = action;
    }

    /** How many times the data layer has been painted; for tests and benchmarks. */
    public long paintCount() {
        return paints;
    }

    /** Where the plot is, once painted. */
    public ChartGeometry geometry() {
        return geometry;
    }

    /** The canvases, bottom to top, for pixel tests and benchmarks. */
    public List<Canvas> layers() {
        return List.of(frame, data, overlay);
    }

    @Override
    protected void layoutChildren() {
        readout.autosize();
    }

    private ChartTheme theme() {
        return dark.get() ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    private void paint() {
        ChartSpec spec = vm.chartProperty().get();
        double w = getWidth();
        double h = getHeight();
        if (spec == null || w < 1 || h < 1) {
            return;
        }
        for (Canvas c : layers()) {
            c.setWidth(w);
            c.setHeight(h);
        }
        List<Object> key = List.of(ChartPainter.frameKey(spec, painter.geometry(frameGraphics, spec, w, h)),
                ChartPainter.curvesKey(spec), theme(), w, h);
        if (!key.equals(frameKey)) {
            geometry = painter.paintFrame(frameGraphics, spec, theme(), w, h);
            painter.paintCurves(frameGraphics, spec, theme(), geometry);
            frameKey = key;
        }
        data.getGraphicsContext2D().clearRect(0, 0, w, h);
        painter.paintMarks(dataGraphics, spec, theme(), geometry);
        paintHover();
        paints++;
        if (onFirstPaint != null) {
            Runnable action = onFirstPaint;
            onFirstPaint = null;
            action.run();
        }
    }

    private void paintHover() {
        ChartSpec spec = vm.chartProperty().get();
        if (overlay.isVisible()) {
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        }
        double hover = vm.readouts().hoverTokensProperty().get();
        boolean shown = spec != null && geometry != null && !Double.isNaN(hover) && !dragging;
        if (shown) {
            painter.paintHover(overlayGraphics, spec, theme(), geometry, hover);
        }
        overlay.setVisible(shown);
    }

    private void hover(MouseEvent e) {
        if (geometry == null) {
            return;
        }
        if (geometry.inPlot(e.getX(), e.getY())) {
            vm.readouts().hoverTokensProperty().set(geometry.tokensAt(e.getX()));
            placeReadout(e.getX(), e.getY());
        } else {
            vm.readouts().hoverTokensProperty().set(Double.NaN);
        }
        setCursor(nearToday(e.getX()) ? Cursor.H_RESIZE : Cursor.CROSSHAIR);
    }

    private void press(MouseEvent e) {
        if (geometry != null && geometry.inPlot(e.getX(), e.getY())) {
            dragging = true;
            vm.adjustingProperty().set(true);
            vm.setTodayTokens(heldTokens(e.getX()));
        }
    }

    private void drag(MouseEvent e) {
        if (dragging) {
            vm.setTodayTokens(heldTokens(e.getX()));
        }
    }

    private void release(MouseEvent e) {
        if (dragging) {
            dragging = false;
            vm.adjustingProperty().set(false);
        }
    }

    /**
     * The volume a press or drag at {@code x} sets: the one under the pointer, or, where that would re-range the
     * axis (a quarter decade from an edge, or a horizon volume beyond it), the nearest that keeps it, so the axis
     * never moves under the pointer. A volume past the axis is typed or set with the slider.
     */
    private double heldTokens(double x) {
        ChartSpec spec = vm.chartProperty().get();
        double wanted = geometry.tokensAt(x);
        double today = spec.today().tokens();
        if (keepsAxis(spec, wanted) || !keepsAxis(spec, today)) {
            return wanted;
        }
        // Halving the gap in log volume: 30 steps leave it far below a pixel.
        double inside = Math.log(today);
        double outside = Math.log(wanted);
        for (int i = 0; i < 30; i++) {
            double mid = (inside + outside) / 2;
            if (keepsAxis(spec, Math.exp(mid))) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return Math.exp(inside);
    }

    /** Whether setting today's volume to {@code tokens}, as {@link ScenarioViewModel#setTodayTokens} does, keeps the axis. */
    private static boolean keepsAxis(ChartSpec spec, double tokens) {
        Scenario s = spec.scenario();
        double requests = ScenarioViewModel.threeSignificantDigits(
                tokens / (Input.TOKENS_PER_REQUEST.of(s) * Units.DAYS_PER_MONTH));
        try {
            return ChartSpecs.keepsAxis(spec, CostEngine.evaluate(s.with(Input.DAILY_REQUESTS, requests)));
        } catch (RuntimeException invalid) {
            return false;
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
