package crossover.ui.explorer;

import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.ui.controls.ChoiceBar;
import crossover.ui.controls.NumberInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Every input of the scenario, grouped: Workload, API, Self-hosted, Cloud-managed. */
public final class InputsView extends ScrollPane {

    public InputsView(ScenarioViewModel vm) {
        setId("inputs");
        getStyleClass().add("inputs");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        TextField name = new TextField();
        name.setId("scenario-name");
        name.setPromptText("Scenario name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.getStyleClass().add("scenario-name");

        VBox box = new VBox(10);
        box.getStyleClass().add("inputs-box");
        box.getChildren().add(name);
        box.getChildren().add(section("Workload"));
        box.getChildren().addAll(inputs(vm, Fields.WORKLOAD));
        box.getChildren().add(new ChoiceBar<>("workload.dataSensitivity", "Data sensitivity",
                "Public, internal or regulated. Regulated data must stay in your perimeter, which rules out the API.",
                Arrays.asList(DataSensitivity.values()), d -> capitalised(d.id()), vm.dataSensitivityProperty()));
        box.getChildren().add(new ChoiceBar<>("workload.opsCapacity", "Ops capacity",
                "Who would run GPUs: nobody (rules out self-hosting), a limited team, or a dedicated one.",
                Arrays.asList(OpsCapacity.values()), o -> capitalised(o.id()), vm.opsCapacityProperty()));
        box.getChildren().add(section("API"));
        box.getChildren().addAll(inputs(vm, Fields.API));
        box.getChildren().add(section("Self-hosted"));
        box.getChildren().addAll(inputs(vm, Fields.SELF_HOSTED));
        box.getChildren().add(section("Cloud-managed"));
        box.getChildren().addAll(inputs(vm, Fields.CLOUD_MANAGED));
        setContent(box);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> scrollToShow(now));
            }
        });
    }

    /** Keeps the focused input in view, so Tab never moves the focus to a field the user cannot see. */
    private void scrollToShow(Node focused) {
        Node content = getContent();
        if (focused == null || content == null || !isDescendant(focused, content)) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = getVvalue() * (contentHeight - viewport);
        if (field.getMinY() < top) {
            setVvalue(Math.max(0, field.getMinY() - 24) / (contentHeight - viewport));
        } else if (field.getMaxY() > top + viewport) {
            setVvalue(Math.min(1, (field.getMaxY() + 24 - viewport) / (contentHeight - viewport)));
        }
    }

    private static boolean isDescendant(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<NumberInput> inputs(ScenarioViewModel vm, List<Field> fields) {
        return fields.stream()
                .map(f -> new NumberInput(f, vm.number(f.path()), vm.errorProperty(f.path()), vm.adjustingProperty(),
                        new NumberInput.Range(vm.rangeOnProperty(f.path()), vm.rangeLowProperty(f.path()),
                                vm.rangeHighProperty(f.path()))))
                .toList();
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static String capitalised(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
