package io.ironbook.cli;

import io.ironbook.collect.CollectionReport;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.diagnose.ReportJson;
import io.ironbook.diagnose.ReportText;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.diagnose.evidence.UnusableBundleException;
import io.ironbook.diagnose.rules.RuleException;
import io.ironbook.diagnose.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook diagnose --bundle DIR [-o text|json]} and {@code ironbook diagnose NODE [--keep DIR]}: the
 * cascade report of an evidence bundle. A live node is first collected into a bundle (a temporary folder, or
 * {@code --keep DIR}), which is then read exactly as {@code --bundle} reads one. Exit 0 when nothing is wrong,
 * 1 when findings exist, 2 when the input is unusable.
 */
@Command(name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {"Explain a node's failure cascade from evidence: root cause, chain, the lines that prove each"
                + " link, and the runbook to run next.",
                "Exit status: 0 nothing wrong, 1 findings, 2 unusable input."})
public final class DiagnoseCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnoseCommand.class);

    /** Output formats. */
    enum Format { text, json }

    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NODE",
            description = "diagnose a live node: collect its bundle over SSH and the API, then analyse it")
    private String node;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "with NODE: collect into DIR and keep it (default: a temporary folder, removed afterwards)")
    private Path keep;

    @Option(names = "--bundle", paramLabel = "DIR", description = "the evidence bundle folder to analyse")
    private Path bundle;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (an on-call note) or json (the contract's report); default: ${DEFAULT-VALUE}")
    private Format output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "extra rule files (*.yaml); a rule with a shipped rule's id replaces it"
                    + " (default: rules/ in the user config folder, when present)")
    private Path rulesDir;

    DiagnoseCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (bundle == null && node == null) {
            throw UserError.usage("give --bundle DIR (an evidence bundle folder) or a NODE name");
        }
        if (bundle != null && node != null) {
            throw UserError.usage("give either NODE or --bundle DIR, not both");
        }
        if (keep != null && node == null) {
            throw UserError.usage("--keep DIR goes with NODE (a --bundle is already kept)");
        }
        if (bundle == null) {
            return live();
        }
        return analyse(bundle);
    }

    private int live() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = keep != null ? keep : temporaryFolder();
        try {
            CollectionReport collected = LiveCollection.collect(services, options, node, dir, line -> {
                err.println(line);
                err.flush();
            }, err);
            if (collected.fileCount() == 0) {
                throw UserError.usage("nothing collected from " + node + ", so nothing to diagnose: "
                        + CollectCommand.summary(collected));
            }
            collected.sshError().ifPresent(e -> err.println("ssh: " + node + " unreachable (" + e
                    + "); diagnosed from the API evidence only"));
            if (keep != null) {
                err.println("bundle kept in " + dir);
            }
            err.flush();
            return analyse(dir);
        } finally {
            if (keep == null) {
                deleteTree(dir);
            }
        }
    }

    private int analyse(Path bundle) {
        DiagnosisReport report;
        try {
            Diagnoser diagnoser = new Diagnoser(rules(), services.remediation(options));
            report = diagnoser.diagnose(EvidenceBundle.read(bundle));
        } catch (UnusableBundleException | RuleException e) {
            throw UserError.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output == Format.json ? JsonOutput.write(ReportJson.tree(report)) + "\n" : ReportText.write(report));
        out.flush();
        return report.exitCode();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ironbook-bundle-");
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, "cannot create a temporary bundle folder: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not remove the temporary bundle {}: {}", dir, e.getMessage());
        }
    }

    private RuleSet rules() {
        RuleSet rules = RuleSet.shipped(FindingIds.all());
        if (rulesDir != null) {
            return rules.withFolder(rulesDir, FindingIds.all());
        }
        Path userRules = services.paths().configDir().resolve("rules");
        return Files.isDirectory(userRules) ? rules.withFolder(userRules, FindingIds.all()) : rules;
    }
}
