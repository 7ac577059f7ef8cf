package io.ironbook.diagnose.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structured parser of each contract file. Files without one (journals, kernel log, pod events
 * and logs, preflight output, free text) are read as log lines only; every file, structured or not,
 * is also streamed through the log rules that name it.
 */
public final class EvidenceParsers {

    /** Longest structured file read whole; the rest of such a file still reaches the log rules. */
    public static final int MAX_STRUCTURED_LINES = 50_000;

    private static final Map<String, FactParser> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put(BundleFiles.NODE_YAML, new NodeObjectParser());
        PARSERS.put(BundleFiles.DESCRIBE_NODE, new DescribeNodeParser());
        PARSERS.put(BundleFiles.SYSTEMCTL_STATUS, new SystemctlStatusParser());
        PARSERS.put(BundleFiles.MOUNTS, new MountsParser());
        PARSERS.put(BundleFiles.SWAPS, new SwapsParser());
        PARSERS.put(BundleFiles.MODULES, new ModulesParser());
        PARSERS.put(BundleFiles.SYSCTL, new SysctlParser());
        PARSERS.put(BundleFiles.CONTAINERD_CONFIG, new ContainerdConfigParser());
        PARSERS.put(BundleFiles.CNI, new CniListingParser());
        PARSERS.put(BundleFiles.KUBEADM_CERTS, new CertExpiryParser());
        PARSERS.put(BundleFiles.DF, new DfParser());
        PARSERS.put(BundleFiles.TIME, new TimedatectlParser());
        PARSERS.put(BundleFiles.GET_NODES, new GetNodesParser());
    }

    /**
     * Parsers also run on free-text files, because tickets paste these outputs as they are: their
     * shapes are distinctive (a {@code x.service - ...} block with an {@code Active:} line, condition
     * rows, a {@code NAME STATUS} table), so prose does not read as them.
     */
    private static final List<FactParser> FREE_TEXT = List.of(new SystemctlStatusParser(), new DescribeNodeParser(),
            new GetNodesParser());

    private EvidenceParsers() {
    }

    /** The structured parser of a contract file, if it has one. */
    public static Optional<FactParser> forFile(String name) {
        return Optional.ofNullable(PARSERS.get(name));
    }

    /** Reads every structured file of the bundle into facts. */
    public static Facts parse(EvidenceBundle bundle) {
        Facts facts = new Facts();
        if (!bundle.meta().node().isEmpty()) {
            facts.node(bundle.meta().node(), 10);
        }
        for (String name : bundle.names()) {
            FactParser parser = PARSERS.get(name);
            if (parser != null) {
                int before = facts.size();
                int notesBefore = facts.notes().size();
                parser.parse(name, bundle.readLines(name, MAX_STRUCTURED_LINES), bundle.meta(), facts);
                if (facts.size() == before && facts.notes().size() == notesBefore && !BundleFiles.SWAPS.equals(name)) {
                    facts.note(name + ": nothing in it reads as " + BundleFiles.evidenceFiles().get(name)
                            + " output, so what it would show is unknown (its lines still feed the log rules)");
                }
            } else if (BundleFiles.isFreeText(name)) {
                List<String> lines = bundle.readLines(name, MAX_STRUCTURED_LINES);
                FactSink weak = new PastedFactSink(facts);
                for (FactParser p : FREE_TEXT) {
                    p.parse(name, lines, bundle.meta(), weak);
                }
            }
        }
        if (!facts.node().isEmpty()) {
            facts.keepNodeRowsOf(facts.node());
        } else if (facts.of("nodeRow").size() > 1) {
            facts.note(BundleFiles.GET_NODES + ": lists several nodes and the bundle does not say which one it is about;"
                    + " its rows are not used");
            facts.keepNodeRowsOf("");
        }
        return facts;
    }

    /** A sink for facts found in free text: the node's name there is a hint only, never a decision. */
    private record PastedFactSink(Facts facts) implements FactSink {

        @Override
        public void add(String kind, Map<String, String> attributes, EvidenceLine evidence) {
            facts.add(kind, attributes, evidence);
        }

        @Override
        public void covers(String kind) {
            facts.covers(kind);
        }

        @Override
        public void node(String name, int confidence) {
            facts.node(name, 0);
        }

        @Override
        public void note(String message) {
            facts.note(message);
        }
    }
}
