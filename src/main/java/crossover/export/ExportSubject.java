package crossover.export;

import crossover.model.Evaluation;
import crossover.model.FieldSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scenario being exported.
 *
 * @param evaluation  its evaluation
 * @param file        the file it was read from, which no export may replace
 * @param sources     where inputs came from, for the PDF's "Sources" line
 * @param inputLabels an input's name from its dotted path, for the tornado's bars
 */
public record ExportSubject(Evaluation evaluation, Optional<Path> file, Map<String, FieldSource> sources,
                            Function<String, String> inputLabels) {

    public ExportSubject {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(file, "file");
        sources = Map.copyOf(sources);
        Objects.requireNonNull(inputLabels, "inputLabels");
    }
}
