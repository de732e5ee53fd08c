package crossover.ui.explorer;

import crossover.model.Choice;
import crossover.ui.controls.UncachedViewport;
import crossover.model.DataSensitivity;
import crossover.model.Field;
import crossover.model.Input;
import crossover.model.OpsCapacity;
import crossover.model.Section;
import crossover.model.catalog.ApiModel;
import crossover.model.catalog.Engine;
import crossover.model.catalog.GpuSpec;
import crossover.model.catalog.OpenModel;
import crossover.model.catalog.Precision;
import crossover.ui.controls.CatalogPicker;
import crossover.ui.controls.ChoiceBar;
import crossover.ui.controls.NumberInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Every input of the scenario, grouped: Workload, API, Self-hosted, Cloud-managed. */
public final class InputsView extends ScrollPane {

    private final VBox box;
    private final ScenarioViewModel vm;
    private final CatalogViewModel catalog;
    private boolean complete;

    public InputsView(ScenarioViewModel vm, CatalogViewModel catalog) {
        setId("inputs");
        getStyleClass().add("inputs");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        UncachedViewport.of(this);

        TextField name = new TextField();
        name.setId("scenario-name");
        name.setPromptText("Scenario name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.getStyleClass().add("scenario-name");

        VBox box = new VBox(10);
        box.getStyleClass().add("inputs-box");
        box.getChildren().add(name);
        box.getChildren().add(section(Section.WORKLOAD));
        box.getChildren().addAll(fields(vm, Section.WORKLOAD));
        box.getChildren().add(section(Section.API));
        box.getChildren().add(new CatalogPicker<>("pick-api", "API model", "Search API models",
                "Fills the input, output and cached-input prices and the provider's batch discount from the bundled "
                        + "price catalog (each entry dated, with its source) or from a LiteLLM price list imported with "
                        + "File ▸ Import Prices…, as one undo step. Where none is published the cached price is the "
                        + "input price and the batch discount 0. Editing a price afterwards detaches it from the "
                        + "catalog.",
                catalog.apiModels(), InputsView::apiEntry, catalog.apiProperty()));
        box.getChildren().addAll(withSources(fields(vm, Section.API), catalog));
        setContent(box);
        this.box = box;
        this.vm = vm;
        this.catalog = catalog;
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> scrollToShow(now));
            }
        });
    }

    /**
     * Adds the sections below the fold (self-hosted, cloud-managed, owned hardware): the window's first frame shows
     * the workload and API inputs and comes sooner without them, and these follow on the next pulse (README
     * Benchmarks: first frame). Called once by the window after its first frame; again, it does nothing.
     */
    public void complete() {
        if (complete) {
            return;
        }
        complete = true;
        box.getChildren().add(section(Section.SELF_HOSTED));
        box.getChildren().add(new CatalogPicker<>("pick-gpu", "GPU", "Search GPUs",
                "Fills the GPU price (a typical on-demand price, dated, with its source), the typical one-year "
                        + "commitment discount while GPUs are committed, and, with an open-weight model, the "
                        + "throughput estimate.",
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
        box.getChildren().add(new ChoiceBar<>("estimate.engine", "Engine",
                "The serving engine the estimate assumes, as its current releases run: vLLM, SGLang or TensorRT-LLM; "
                        + "each has its own overheads and batch limit, calibrated on its published measurements.",
                Arrays.asList(Engine.values()), Engine::label, catalog.engineProperty()));
        box.getChildren().add(new ChoiceBar<>("estimate.itl", "Inter-token target",
                "How long a user may wait between two generated tokens; the estimate's batch grows only while each "
                        + "decoding step fits. 50 ms is 20 tokens a second, faster than anyone reads; a longer target "
                        + "allows bigger batches and more tokens an hour per GPU.",
                List.of(25.0, 50.0, 100.0, 200.0), ms -> crossover.model.Units.plain(ms) + " ms",
                catalog.itlTargetMsProperty()));
        // The estimate in a sentence or two; its whole basis (the roofline's figures, the range's source) one
        // click away, so the GPU price and throughput stay in view.
        Label summary = new Label();
        summary.setId("estimate-summary");
        summary.getStyleClass().add("estimate-basis");
        summary.setWrapText(true);
        summary.textProperty().bind(catalog.summaryProperty());
        summary.visibleProperty().bind(catalog.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        javafx.scene.control.ToggleButton more = new javafx.scene.control.ToggleButton("How it was estimated");
        more.setId("estimate-details");
        more.getStyleClass().addAll("small", "flat");
        more.visibleProperty().bind(catalog.basisProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        crossover.ui.controls.LazyTooltip.install(more, () -> crossover.ui.controls.LazyTooltip.help(
                "The estimate's whole basis: weights and KV cache, the GPU's figures, what limits the batch, the "
                        + "calibrated efficiencies, where the range comes from, and the first token's timing."));
        Label basis = new Label();
        basis.setId("estimate-basis");
        basis.getStyleClass().add("estimate-basis");
        basis.setWrapText(true);
        basis.textProperty().bind(catalog.basisProperty());
        basis.visibleProperty().bind(catalog.basisProperty().isNotEmpty().and(more.selectedProperty()));
        basis.managedProperty().bind(basis.visibleProperty());
        Label message = new Label();
        message.setId("catalog-message");
        message.getStyleClass().add("catalog-message");
        message.setWrapText(true);
        message.textProperty().bind(catalog.messageProperty());
        message.visibleProperty().bind(catalog.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        box.getChildren().addAll(summary, more, basis, message);
        box.getChildren().addAll(withSources(fields(vm, Section.SELF_HOSTED), catalog));
        box.getChildren().add(section(Section.CLOUD_MANAGED));
        box.getChildren().addAll(fields(vm, Section.CLOUD_MANAGED));
        box.getChildren().add(ownedHardware(vm, catalog));
    }

    /**
     * Owned hardware, an option the user adds or removes: a button to add it, or its heading with a button to
     * remove it and its inputs. Each is one undo step.
     */
    private static Node ownedHardware(ScenarioViewModel vm, CatalogViewModel catalog) {
        javafx.beans.binding.BooleanExpression present = vm.sectionProperty(Section.ON_PREM);
        Label title = section(Section.ON_PREM);
        title.setText("Owned hardware (" + crossover.model.Option.ON_PREM.label().toLowerCase(java.util.Locale.ROOT)
                + ")");
        javafx.scene.control.Button remove = new javafx.scene.control.Button("Remove");
        remove.setId("remove-owned-hardware");
        remove.getStyleClass().addAll("small", "button-outlined");
        remove.setOnAction(e -> vm.exclude(Section.ON_PREM));
        crossover.ui.controls.LazyTooltip.install(remove, () -> crossover.ui.controls.LazyTooltip.help(
                "Stop comparing with owning the GPUs: the on-prem option and its inputs go (Undo brings them "
                        + "back)."), remove);
        javafx.scene.layout.HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox heading = new javafx.scene.layout.HBox(8, title, remove);
        heading.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);

        VBox inputs = new VBox(10);
        inputs.getChildren().addAll(withSources(fields(vm, Section.ON_PREM), catalog));
        VBox shown = new VBox(10, heading, inputs);
        shown.setId("owned-hardware");
        shown.visibleProperty().bind(present);
        shown.managedProperty().bind(present);

        javafx.scene.control.Button add = new javafx.scene.control.Button("Add owned hardware");
        add.setId("add-owned-hardware");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> catalog.addOwnedHardware());
        crossover.ui.controls.LazyTooltip.install(add, () -> crossover.ui.controls.LazyTooltip.help(
                "Compare buying the GPUs with renting them: adds the on-prem option, the same GPUs as self-hosted, "
                        + "bought and written off, with its own curve, break-even, cash timeline and payback. The "
                        + "purchase price and power come from the picked GPU's catalog entry where it has them, the "
                        + "rest from the defaults each field's tooltip names."), add);
        add.visibleProperty().bind(present.not());
        add.managedProperty().bind(add.visibleProperty());
        return new VBox(10, shown, add);
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

    /** A section's fields in file order: a number input for each number, a choice bar for each choice. */
    private static List<Node> fields(ScenarioViewModel vm, Section section) {
        List<Node> nodes = new ArrayList<>();
        NumberInput.UnitColumn units = new NumberInput.UnitColumn(section.fields().stream()
                .filter(Input.class::isInstance).map(f -> ((Input) f).unit()).toList());
        for (Field f : section.fields()) {
            if (f instanceof Input i) {
                nodes.add(new NumberInput(i, vm.number(i), vm.errorProperty(i), vm.warningProperty(i), vm.adjustingProperty(),
                        new NumberInput.Range(vm.rangeOnProperty(i), vm.rangeLowProperty(i), vm.rangeHighProperty(i)),
                        units));
            } else if (f == Choice.DATA_SENSITIVITY) {
                nodes.add(choice(f, Arrays.asList(DataSensitivity.values()), DataSensitivity::id,
                        vm.dataSensitivityProperty()));
            } else {
                nodes.add(choice(f, Arrays.asList(OpsCapacity.values()), OpsCapacity::id, vm.opsCapacityProperty()));
            }
        }
        return nodes;
    }

    private static <T> ChoiceBar<T> choice(Field f, List<T> values, java.util.function.Function<T, String> id,
                                           javafx.beans.property.ObjectProperty<T> property) {
        return new ChoiceBar<>(f.path(), f.label(), f.help(), values, v -> Choice.display(id.apply(v)), property);
    }

    /** Each input a catalog pick can fill, followed by the line that says where its value came from. */
    private static List<Node> withSources(List<Node> fields, CatalogViewModel catalog) {
        List<Node> nodes = new ArrayList<>();
        for (Node field : fields) {
            nodes.add(field);
            if (field instanceof NumberInput input && CatalogViewModel.FILLED.contains(input.input())) {
                Input path = input.input();
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

    private static Label section(Section section) {
        Label l = new Label(section.title());
        l.getStyleClass().add("section-title");
        return l;
    }
}
