package crossover.export;

import crossover.model.Evaluation;
import crossover.model.FieldSource;
import crossover.model.Input;
import crossover.model.setup.SetupSearch;
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
 * @param setups      the cheapest-setup search of this scenario, for the setup scatter; empty when none was run
 */
public record ExportSubject(Evaluation evaluation, Optional<Path> file, Map<Input, FieldSource> sources,
                            Optional<SetupSearch.Result> setups) {

    public ExportSubject {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(setups, "setups");
        sources = Map.copyOf(sources);
    }

    /** A scenario without a setup search. */
    public ExportSubject(Evaluation evaluation, Optional<Path> file, Map<Input, FieldSource> sources) {
        this(evaluation, file, sources, Optional.empty());
    }
}
