package io.ironbook.cli;

import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.diagnose.ReportJson;
import io.ironbook.diagnose.ReportText;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.diagnose.evidence.UnusableBundleException;
import io.ironbook.diagnose.rules.RuleException;
import io.ironbook.diagnose.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook diagnose --bundle DIR [-o text|json]}: the cascade report of an evidence bundle.
 * Exit 0 when nothing is wrong, 1 when findings exist, 2 when the input is unusable.
 */
@Command(name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {"Explain a node's failure cascade from evidence: root cause, chain, the lines that prove each"
                + " link, and the runbook to run next.",
                "Exit status: 0 nothing wrong, 1 findings, 2 unusable input."})
public final class DiagnoseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NODE",
            description = "diagnose a live node (collects over SSH and the API; not available in this build)")
    private String node;

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
    public Integer call() {
        if (bundle == null && node == null) {
            throw UserError.usage("give --bundle DIR (an evidence bundle folder) or a NODE name");
        }
        if (bundle != null && node != null) {
            throw UserError.usage("give either NODE or --bundle DIR, not both");
        }
        if (bundle == null) {
            throw UserError.usage("live diagnosis of '" + node + "' needs the cluster and SSH layers, which this build"
                    + " does not have yet; collect the evidence files on the node (see docs/diagnose.md) and run:"
                    + " ironbook diagnose --bundle DIR");
        }
        DiagnosisReport report;
        try {
            Diagnoser diagnoser = new Diagnoser(rules(), services.remediation(options));
            report = diagnoser.diagnose(EvidenceBundle.read(bundle));
        } catch (UnusableBundleException | RuleException e) {
            throw UserError.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output == Format.json ? ReportJson.write(report) + "\n" : ReportText.write(report));
        out.flush();
        return report.exitCode();
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
