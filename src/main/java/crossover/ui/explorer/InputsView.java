package crossover.ui.explorer;

import crossover.model.DataSensitivity;
import crossover.model.OpsCapacity;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.ui.controls.CatalogPicker;
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

    public InputsView(ScenarioViewModel vm, CatalogViewModel catalog) {
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
        box.getChildren().add(new CatalogPicker<>("pick-api", "API model", "Search API models",
                "Fills the input and output prices from the bundled price catalog (each entry dated, with its source) "
                        + "or from a LiteLLM price list imported with File ▸ Import Prices…. Editing a price afterwards "
                        + "detaches it from the catalog.",
                catalog.apiModels(), InputsView::apiEntry, catalog.apiProperty()));
        box.getChildren().addAll(withSources(inputs(vm, Fields.API), catalog));
        box.getChildren().add(section("Self-hosted"));
        box.getChildren().add(new CatalogPicker<>("pick-gpu", "GPU", "Search GPUs",
                "Fills the GPU price (a typical on-demand price, dated, with its source) and, with an open-weight "
                        + "model, the throughput estimate.",
                catalog.gpus(), g -> g.name() + "  ·  $" + crossover.model.Units.plain(g.hourlyPrice()) + "/h",
                catalog.gpuProperty()));
        box.getChildren().add(new CatalogPicker<>("pick-model", "Open-weight model", "Search models",
                "With a GPU, estimates tokens per hour per GPU and GPUs per replica from a roofline model of "
                        + "decoding, calibrated against published measurements; the range goes to the ± range of "
                        + "throughput.",
                catalog.models(), OpenModel::name, catalog.modelProperty()));
        box.getChildren().add(new ChoiceBar<>("estimate.precision", "Precision",
                "How the weights are stored: fp16 (2 bytes a weight), fp8 (1 byte, FP8 tensor cores where the GPU has "
                        + "them) or int4 (about half a byte, weight-only quantisation).",
                Arrays.asList(Precision.values()), Precision::id, catalog.precisionProperty()));
        box.getChildren().add(new ChoiceBar<>("estimate.itl", "Inter-token target",
                "How long a user may wait between two generated tokens; the estimate's batch grows only while each "
                        + "decoding step fits. 50 ms is 20 tokens a second, faster than anyone reads; a longer target "
                        + "allows bigger batches and more tokens an hour per GPU.",
                List.of(25.0, 50.0, 100.0, 200.0), ms -> crossover.model.Units.plain(ms) + " ms",
                catalog.itlTargetMsProperty()));
        Label basis = new Label();
        basis.setId("estimate-basis");
        basis.getStyleClass().add("estimate-basis");
        basis.setWrapText(true);
        basis.textProperty().bind(catalog.basisProperty());
        basis.visibleProperty().bind(catalog.basisProperty().isNotEmpty());
        basis.managedProperty().bind(basis.visibleProperty());
        Label message = new Label();
        message.setId("catalog-message");
        message.getStyleClass().add("catalog-message");
        message.setWrapText(true);
        message.textProperty().bind(catalog.messageProperty());
        message.visibleProperty().bind(catalog.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        box.getChildren().addAll(basis, message);
        box.getChildren().addAll(withSources(inputs(vm, Fields.SELF_HOSTED), catalog));
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

    /** Each input a catalog pick can fill, followed by the line that says where its value came from. */
    private static List<Node> withSources(List<NumberInput> inputs, CatalogViewModel catalog) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (NumberInput input : inputs) {
            nodes.add(input);
            String path = input.path();
            if (CatalogViewModel.FILLED.contains(path)) {
                Label source = new Label();
                source.setId(input.getId() + "-source");
                source.getStyleClass().add("input-source");
                source.setWrapText(true);
                source.textProperty().bind(catalog.provenanceProperty(path));
                source.visibleProperty().bind(catalog.provenanceProperty(path).isNotEmpty());
                source.managedProperty().bind(source.visibleProperty());
                crossover.ui.controls.LazyTooltip.install(source, () -> {
                    javafx.scene.control.Tooltip tip = crossover.ui.controls.LazyTooltip.help("");
                    tip.setMaxWidth(420);
                    tip.textProperty().bind(catalog.provenanceDetailProperty(path));
                    return tip;
                }, source);
                nodes.add(source);
            }
        }
        return nodes;
    }

    /** A list entry: the model and its prices in and out per million tokens, "unpriced" where none is published. */
    private static String apiEntry(ApiModel m) {
        return m.label() + "  ·  " + ApiModel.priceText(m.inputPricePerMTok()) + " / "
                + ApiModel.priceText(m.outputPricePerMTok());
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
