package crossover.cli;

import crossover.io.LoadedScenario;
import crossover.io.ScenarioFileException;
import crossover.io.ScenarioReader;
import crossover.model.CostEngine;
import crossover.model.Evaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossover evaluate FILE [--json]}: the engine's answer for one scenario file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a scenario file: each option's monthly and horizon cost, GPUs and utilisation, "
                + "the break-even volume, the recommendation with its reasons, and the rule of thumb.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a *.crossover scenario file")
    Path file;

    @Option(names = "--json", description = "print JSON (the keys listed in the README) at full precision")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFileException {
        LoadedScenario loaded = new ScenarioReader().read(file);
        Evaluation e = CostEngine.evaluate(loaded.scenario());
        if (!json) {
            spec.commandLine().getOut().print(EvaluationText.summary(e, loaded.defaultsUsed()));
            return Cli.OK;
        }
        // A million draws take seconds: standard error says so, live where someone watches a terminal.
        DrawsProgress progress = new DrawsProgress(spec.commandLine().getErr(),
                loaded.scenario().uncertainty().samples(), System.console() != null, System::nanoTime);
        String document = EvaluationJson.toJson(e, loaded.defaultsUsed(), progress);
        progress.finish();
        spec.commandLine().getOut().print(document);
        return Cli.OK;
    }
}
