package crossover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import crossover.export.ExportChart;
import crossover.export.ExportFormat;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real export dialog, headless: it holds a PNG to the command line's largest pixel count. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPngOverTheLargestPixelCountIsRefusedInTheDialogWithTheSentenceThatNamesTheLargest(FxRobot robot) {
        Platform.runLater(() -> new FxDialogService(stage).chooseExport(Optional.empty(), "plan", ExportChart.COSTS, false));
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<Integer> width = robot.lookup("#export-width").queryAs(Spinner.class);
        Spinner<Integer> height = robot.lookup("#export-height").queryAs(Spinner.class);
        ChoiceBox<Integer> scale = robot.lookup("#export-scale").queryAs(ChoiceBox.class);
        ComboBox<ExportFormat> format = robot.lookup("#export-format").queryAs(ComboBox.class);
        Label tooLarge = robot.lookup("#export-too-large").queryAs(Label.class);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        try {
            assertThat(ok.isDisabled()).isFalse();
            // Each control explains itself on hover ("Width (px, 1/96 in)" says what a logical pixel is).
            robot.moveTo(width);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(width.getTooltip()).isNotNull();
            assertThat(width.getTooltip().getText()).contains("1/96 inch").contains("320 to 8000");

            robot.interact(() -> {
                width.getValueFactory().setValue(8000);
                height.getValueFactory().setValue(8000);
                scale.setValue(4);
            });

            assertThat(ok.isDisabled()).isTrue();
            assertThat(tooLarge.getText()).startsWith("A PNG of 32000 × 32000 pixels")
                    .contains("the largest allowed, 64,000,000");
            // Shown whole, on as many lines as it takes, not cut to "… h…".
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) tooLarge.lookup(".text");
            assertThat(drawn.getText()).isEqualTo(tooLarge.getText());

            robot.interact(() -> format.setValue(ExportFormat.SVG));

            assertThat(ok.isDisabled()).isFalse();
            assertThat(tooLarge.getText()).isEmpty();

            robot.interact(() -> {
                format.setValue(ExportFormat.PNG);
                scale.setValue(1);
            });

            assertThat(ok.isDisabled()).isFalse();
            assertThat(tooLarge.getText()).isEmpty();
        } finally {
            robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartChoiceStartsAtTheChartOnScreen(FxRobot robot) {
        for (ExportChart shown : ExportChart.values()) {
            Platform.runLater(() -> new FxDialogService(stage).chooseExport(Optional.empty(), "plan", shown, false));
            WaitForAsyncUtils.waitForFxEvents();
            ChoiceBox<ExportChart> chart = robot.lookup("#export-chart").queryAs(ChoiceBox.class);
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            try {
                assertThat(chart.getValue()).isEqualTo(shown);
            } finally {
                robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
            }
        }
    }

    @Test
    void theProposedFileNameNamesItsChartSoOneChartNeverReplacesAnotherByDefault() {
        assertThat(ExportChoice.fileName("plan", ExportFormat.PNG, ExportChart.TIMELINE)).isEqualTo("plan-timeline.png");
        assertThat(ExportChoice.fileName("plan", ExportFormat.PNG, ExportChart.TORNADO)).isEqualTo("plan-tornado.png");
        assertThat(ExportChoice.fileName("plan", ExportFormat.PNG, ExportChart.COSTS)).isEqualTo("plan-costs.png");
        assertThat(ExportChoice.fileName("plan", ExportFormat.SVG, ExportChart.TORNADO)).isEqualTo("plan-tornado.svg");
        assertThat(ExportChoice.fileName("plan", ExportFormat.CSV, ExportChart.TIMELINE)).isEqualTo("plan-timeline.csv");
        // The PDF has the cost and cash charts whatever the choice.
        assertThat(ExportChoice.fileName("plan", ExportFormat.PDF, ExportChart.TORNADO)).isEqualTo("plan.pdf");
    }
}
