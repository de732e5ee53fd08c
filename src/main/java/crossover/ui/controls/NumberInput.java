package crossover.ui.controls;

import crossover.model.Input;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A labelled number: an exact text field, optionally a slider (linear or logarithmic) kept in step with it, and
 * the message of the view model for the field's current value. The value is committed on Enter or when the field
 * loses focus; a slider drag sets {@code adjusting} so the whole drag is one undo step.
 */
public final class NumberInput extends VBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** The field's error, or else its warning: what the line under it says. */
    private javafx.beans.binding.StringBinding shown;

    private final Input input;
    private final DoubleProperty value;
    private final TextField text = new TextField();
    /** The line under the field for its error or warning, made the first time there is one. */
    private Label message;
    private final ObservableStringValue warning;
    private final Slider slider;
    private final ObservableStringValue error;
    private boolean syncing;
    private HBox rangeRow;
    /** One tooltip for every ± button (a tooltip may be installed on many nodes). */
    private static Tooltip rangeHelp;
    /** The narrowest unit column, so that the number fields of short units line up. */
    private static final double UNIT_MIN_WIDTH = 52;
    /** Wide enough for "3,600,000" in the field's font, with its padding. */
    private static final double FIELD_MIN_WIDTH = 96;
    /** A range field's narrowest: "1,200" whole. */
    private static final double RANGE_FIELD_MIN_WIDTH = 72;
    /** The widest a field grows for a long number ("153,000,000"); the label wraps to make room. */
    private static final double FIELD_MAX_WIDTH = 150;
    /** Widths change in steps of this many pixels, so a slider drag seldom re-lays out the row. */
    private static final double WIDTH_STEP = 12;
    /** The narrowest a wrapped label gets: "Throughput" on a line of its own. */
    private static final double LABEL_MIN_WIDTH = 72;

    /** An input's uncertainty range as the view model keeps it. */
    public record Range(BooleanProperty on, DoubleProperty low, DoubleProperty high) {
    }

    /**
     * The units of the inputs shown together (a section): each unit takes the width of the widest in its font, so
     * the number fields of "$/GPU-hour" and "GPUs" line up instead of sitting a long unit's width apart.
     */
    public static final class UnitColumn {

        private final java.util.List<String> units;
        private javafx.scene.text.Font measuredIn;
        private double widest;

        public UnitColumn(java.util.List<String> units) {
            this.units = java.util.List.copyOf(units);
        }

        /** The widest unit's width in {@code font}, measured once for the whole column. */
        double width(javafx.scene.text.Font font) {
            if (!font.equals(measuredIn)) {
                measuredIn = font;
                widest = units.stream().mapToDouble(unit -> textWidth(unit, font)).max().orElse(0);
            }
            return widest;
        }
    }

    /** A text's width in a font, without any label's padding. */
    private static double textWidth(String text, javafx.scene.text.Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    public NumberInput(Input field, DoubleProperty value, ObservableStringValue error, ObservableStringValue warning,
                       BooleanProperty adjusting, Range uncertain, UnitColumn column) {
        this.input = field;
        this.value = value;
        this.error = error;
        getStyleClass().add("number-input");
        setId(field.path().replace('.', '-'));

        Label label = new Label(field.label());
        label.getStyleClass().add("input-label");
        label.setLabelFor(text);
        // In a column too narrow for the label, the number and its unit on one line, the label wraps rather than
        // cut the number ("3,60…" of 3,600,000) or the unit: the field keeps its width, the unit its text.
        label.setWrapText(true);
        label.setMinWidth(LABEL_MIN_WIDTH);
        // The label takes the row's spare width (no spacer node): the field, unit and ± keep to the right.
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        text.setPrefColumnCount(8);
        fitsItsNumber(text, FIELD_MIN_WIDTH);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.getStyleClass().add("number-field");
        text.setId(getId() + "-text");
        Label unit = new Label(field.unit()) {
            private javafx.scene.text.Font measuredIn;
            private double columnWidth;

            // Never cut ("$/GPU-m…"): the number field gives way first. Units share their column's width.
            @Override
            protected double computeMinWidth(double height) {
                return computePrefWidth(height);
            }

            @Override
            protected double computePrefWidth(double height) {
                double own = super.computePrefWidth(height);
                if (getFont() != measuredIn) {
                    measuredIn = getFont();
                    columnWidth = column.width(measuredIn) + own - textWidth(getText(), measuredIn);
                }
                return Math.max(UNIT_MIN_WIDTH, Math.max(own, columnWidth));
            }
        };
        unit.getStyleClass().add("input-unit");
        ToggleButton rangeToggle = new ToggleButton("±");
        rangeToggle.setId(getId() + "-range-toggle");
        rangeToggle.getStyleClass().addAll("range-toggle", "flat", "small");
        rangeToggle.selectedProperty().bindBidirectional(uncertain.on());
        // The field in a fixed box: a new number (every slider step) lays out the field, not the inputs column, which
        // a scroll pane measures again whenever anything inside asks for a layout.
        HBox row = new HBox(4, label, new FixedBox(text), unit, rangeToggle);
        row.setAlignment(Pos.CENTER_LEFT);

        getChildren().add(row);
        // The range row is built the first time the range is switched on: most inputs never have one, and forty
        // hidden text fields cost the first frame their skins and styles.
        if (uncertain.on().get()) {
            showRangeRow(uncertain);
        }
        uncertain.on().addListener((obs, was, on) -> {
            if (on) {
                showRangeRow(uncertain);
            }
        });

        if (field.span().isPresent()) {
            Input.Span range = field.span().get();
            slider = new Slider(range.positionMin(), range.positionMax(), range.toPosition(value.get()));
            slider.setId(getId() + "-slider");
            slider.setBlockIncrement((range.positionMax() - range.positionMin()) / 100);
            slider.getStyleClass().add("input-slider");
            slider.valueProperty().addListener((obs, old, now) -> {
                if (!syncing) {
                    syncing = true;
                    value.set(range.fromPosition(now.doubleValue()));
                    syncing = false;
                }
            });
            slider.valueChangingProperty().addListener((obs, was, now) -> adjusting.set(now));
            value.addListener((obs, old, now) -> {
                // A refused value (outside what the input allows) leaves the slider where the figures are: at the
                // last value in use, not pinned to an end the value is not.
                if (!syncing && field.bounds().contains(now.doubleValue())) {
                    syncing = true;
                    slider.setValue(range.toPosition(now.doubleValue()));
                    syncing = false;
                }
            });
            // Also in a fixed box: a moved thumb asks its parent for a layout, which in a scroll pane means measuring
            // every input again.
            getChildren().add(new FixedBox(slider));
        } else {
            slider = null;
        }

        this.warning = warning;
        shown = javafx.beans.binding.Bindings.createStringBinding(
                () -> error.get().isEmpty() ? warning.get() : error.get(), error, warning);
        // Most inputs never have a message: the line is made when the first one comes, not for the first frame.
        if (!shown.get().isEmpty()) {
            message();
        }
        shown.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                message();
            }
        });
        warning.addListener((obs, old, now) -> styleMessage());
        error.addListener((obs, old, now) -> {
            text.pseudoClassStateChanged(ERROR, !now.isEmpty());
            styleMessage();
        });

        // Tooltips are popups, dear to create: each input makes its own the first time the pointer comes near.
        Node[] helped = slider != null ? new Node[] {label, text, slider} : new Node[] {label, text};
        LazyTooltip.install(this, () -> LazyTooltip.help(field.help()), helped);
        LazyTooltip.install(rangeToggle, NumberInput::rangeHelp, rangeToggle);

        text.setText(NumberText.format(value.get()));
        value.addListener((obs, old, now) -> text.setText(NumberText.format(now.doubleValue())));
        text.setOnAction(e -> commit());
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                text.setText(NumberText.format(value.get()));
                localError(false);
            }
        });
    }

    private void showRangeRow(Range uncertain) {
        if (rangeRow != null) {
            return;
        }
        rangeRow = new HBox(6, new Label("Range"), rangeField(uncertain.low(), getId() + "-range-low"),
                new Label("…"), rangeField(uncertain.high(), getId() + "-range-high"));
        rangeRow.getStyleClass().add("range-row");
        rangeRow.setAlignment(Pos.CENTER_RIGHT);
        rangeRow.visibleProperty().bind(uncertain.on());
        rangeRow.managedProperty().bind(uncertain.on());
        getChildren().add(1, rangeRow);
    }

    /**
     * Keeps a field at least as wide as its number in its font ("10,400,000" whole, not "10,400,00"), from
     * {@code narrowest} up to {@link #FIELD_MAX_WIDTH}, in steps of {@link #WIDTH_STEP}.
     */
    private static void fitsItsNumber(TextField field, double narrowest) {
        Text measure = new Text();
        Runnable fit = () -> {
            measure.setFont(field.getFont());
            measure.setText(field.getText() == null ? "" : field.getText());
            Insets pad = field.getPadding();
            double needed = measure.getLayoutBounds().getWidth() + pad.getLeft() + pad.getRight() + 6;
            double width = Math.min(FIELD_MAX_WIDTH, Math.max(narrowest, Math.ceil(needed / WIDTH_STEP) * WIDTH_STEP));
            if (field.getMinWidth() != width) {
                field.setMinWidth(width);
                field.setPrefWidth(width);
                // In a fixed box the field is unmanaged: its new width reaches the row only through the box.
                if (field.getParent() != null) {
                    field.getParent().requestLayout();
                }
            }
        };
        field.setMinWidth(narrowest);
        field.textProperty().addListener((obs, old, now) -> fit.run());
        field.fontProperty().addListener((obs, old, now) -> fit.run());
        field.paddingProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    private static Tooltip rangeHelp() {
        if (rangeHelp == null) {
            rangeHelp = LazyTooltip.help("Give this input a range (low … high) for the uncertainty run on the Sensitivity "
                    + "tab. Off: the value is taken as certain.");
        }
        return rangeHelp;
    }

    private void commit() {
        OptionalDouble typed = NumberText.parse(text.getText());
        if (typed.isEmpty()) {
            localError(true);
            return;
        }
        localError(false);
        value.set(typed.getAsDouble());
        text.setText(NumberText.format(value.get()));
    }

    /** The message line, made and added below the field the first time it is needed. */
    private Label message() {
        if (message == null) {
            message = new Label();
            message.getStyleClass().add("input-error");
            message.setWrapText(true);
            message.textProperty().bind(shown);
            styleMessage();
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            getChildren().add(message);
        }
        return message;
    }

    private void localError(boolean on) {
        if (on) {
            message().textProperty().unbind();
            message.setText(NumberText.whyNot(text.getText()));
            text.pseudoClassStateChanged(ERROR, true);
        } else if (message != null && !message.textProperty().isBound()) {
            message.textProperty().bind(shown);
            text.pseudoClassStateChanged(ERROR, !error.get().isEmpty());
        }
        styleMessage();
    }

    /** The line is in the warning's colour only while it shows the warning, not an error that came after it. */
    private void styleMessage() {
        if (message != null) {
            message.pseudoClassStateChanged(WARNING, message.textProperty().isBound() && error.get().isEmpty()
                    && !warning.get().isEmpty());
        }
    }

    /** A small field for one end of a range: applied on Enter or leaving it; what is not a number is undone. */
    private static TextField rangeField(DoubleProperty end, String id) {
        TextField f = new TextField(NumberText.format(end.get()));
        f.setId(id);
        f.setPrefColumnCount(6);
        fitsItsNumber(f, RANGE_FIELD_MIN_WIDTH);
        f.setAlignment(Pos.CENTER_RIGHT);
        f.getStyleClass().add("range-field");
        end.addListener((obs, old, now) -> f.setText(NumberText.format(now.doubleValue())));
        Runnable commit = () -> {
            OptionalDouble typed = NumberText.parse(f.getText());
            if (typed.isPresent()) {
                end.set(typed.getAsDouble());
            }
            f.setText(NumberText.format(end.get()));
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return f;
    }

    /** The scenario input this edits. */
    public Input input() {
        return input;
    }

    /** The text field, for focus traversal and tests. */
    public TextField textField() {
        return text;
    }

    /** The slider, or null when the field has none. */
    public Slider slider() {
        return slider;
    }
}
