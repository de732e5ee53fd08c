package crossover.export;

import crossover.model.Evaluation;
import crossover.model.FieldSource;
import crossover.model.Input;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario being exported.
 *
 * @param evaluation  its evaluation
 * @param file        the file it was read from, which no export may replace
 * @param sources     where inputs came from, for the PDF's "Sources" line
 */
public record ExportSubject(Evaluation evaluation, Optional<Path> file, Map<Input, FieldSource> sources) {

    public ExportSubject {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(file, "file");
        sources = Map.copyOf(sources);
    }
}
