package io.ironbook.cli;

import io.ironbook.runbook.Param;
import io.ironbook.runbook.ParamValues;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ironbook runbooks show ID[@VERSION]}: one runbook as the operator reads it before running it. */
@Command(name = "show", description = "Show one runbook: its steps in order, which are destructive, their gates, what each runs and where.")
final class RunbooksShowCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", description = "the runbook, e.g. node-maintenance or node-maintenance@2.1.0")
    private String runbookSpec;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "show the steps with this param's value filled in")
    private Map<String, String> params = new LinkedHashMap<>();

    RunbooksShowCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        RunbookCatalogue catalogue = RunbookCatalogues.load(services.paths(), options, List.of());
        Runbook runbook;
        try {
            runbook = catalogue.resolve(runbookSpec);
        } catch (IllegalArgumentException e) {
            RunbookProblems.report(catalogue.problems(), spec.commandLine().getErr());
            throw UserError.usage(e.getMessage());
        }
        Map<String, String> values = checkedValues(runbook);
        PrintWriter out = spec.commandLine().getOut();
        boolean overrides = catalogue.overridden(runbook.id()).isPresent() && catalogue.find(runbook.id())
                .map(r -> r == runbook).orElse(false);
        new RunbookText(Glyphs.current(), values).lines(runbook, overrides).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private Map<String, String> checkedValues(Runbook runbook) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param param : runbook.params()) {
            param.defaultValue().ifPresent(d -> values.put(param.name(), d));
        }
        params.forEach((name, value) -> {
            Optional<Param> param = runbook.param(name);
            if (param.isEmpty()) {
                throw UserError.usage("--param " + name + ": " + runbook.id() + " has no param '" + name + "'");
            }
            ParamValues.check(param.get().type(), value, param.get().values()).ifPresent(problem -> {
                throw UserError.usage("--param " + name + "=" + value + ": " + problem);
            });
            values.put(name, value);
        });
        runbook.params().stream().filter(Param::secret).forEach(p -> values.remove(p.name()));
        return params.isEmpty() ? Map.of() : values;
    }
}
