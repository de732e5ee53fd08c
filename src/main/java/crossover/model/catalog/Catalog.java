package crossover.model.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bundled catalogs (and any imported price lists) as one read-only value. */
public record Catalog(List<ApiModel> api, List<GpuSpec> gpus, List<OpenModel> models, List<Measurement> calibration) {

    public Catalog {
        api = List.copyOf(api);
        gpus = List.copyOf(gpus);
        models = List.copyOf(models);
        calibration = List.copyOf(calibration);
    }

    public Optional<ApiModel> api(String id) {
        return api.stream().filter(m -> m.id().equals(normal(id))).findFirst();
    }

    public Optional<GpuSpec> gpu(String id) {
        return gpus.stream().filter(g -> g.id().equals(normal(id))).findFirst();
    }

    public Optional<OpenModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(normal(id))).findFirst();
    }

    /** This catalog with {@code imported} API entries added (an imported entry replaces one of the same id). */
    public Catalog withApi(List<ApiModel> imported) {
        List<ApiModel> merged = new ArrayList<>(imported);
        List<String> ids = imported.stream().map(ApiModel::id).toList();
        api.stream().filter(m -> !ids.contains(m.id())).forEach(merged::add);
        merged.sort(Comparator.comparing((ApiModel m) -> m.provider().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.name().toLowerCase(Locale.ROOT)));
        return new Catalog(merged, gpus, models, calibration);
    }

    /** The GPU ids, for "valid ids are …" messages. */
    public String gpuIds() {
        return String.join(", ", gpus.stream().map(GpuSpec::id).toList());
    }

    /** The open-weight model ids, for "valid ids are …" messages. */
    public String modelIds() {
        return String.join(", ", models.stream().map(OpenModel::id).toList());
    }

    private static String normal(String id) {
        return id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    }
}
