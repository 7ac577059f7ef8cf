package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.BundleFiles;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.diagnose.evidence.LogRecord;
import io.ironbook.diagnose.evidence.LogRecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams every file of a bundle once through every log condition of a {@link RuleSet} that applies
 * to it (by the condition's {@code files} globs; free-text files get them all). Per record: the
 * cheap {@code contains} words first, then level and component, then the pre-compiled regex on a
 * record capped at {@link LogRecordReader#MAX_RECORD} characters. The words of every condition are found
 * in one pass over each record ({@link KeywordMatcher}).
 */
public final class LineScanner {

    /** Records per file whose header host is counted: enough to name the node. */
    private static final long HOST_SAMPLE = 2000;

    private final List<Condition.Lines> conditions;
    private final Map<Condition.Lines, List<Pattern>> globs = new IdentityHashMap<>();
    private final KeywordMatcher keywords;
    private final Map<Condition.Lines, long[]> containsMasks = new IdentityHashMap<>();
    private final Map<Condition.Lines, long[]> notContainsMasks = new IdentityHashMap<>();

    public LineScanner(RuleSet rules) {
        List<Condition.Lines> all = new ArrayList<>();
        for (Rule rule : rules.rules().values()) {
            for (Signal signal : rule.signals()) {
                collect(signal.when(), all);
                collect(signal.unless(), all);
            }
            collect(rule.support(), all);
        }
        this.conditions = Collections.unmodifiableList(all);
        List<String> words = new ArrayList<>();
        for (Condition.Lines c : conditions) {
            globs.put(c, c.files().stream().map(LineScanner::glob).toList());
            words.addAll(c.contains());
            words.addAll(c.notContains());
        }
        keywords = KeywordMatcher.of(words);
        for (Condition.Lines c : conditions) {
            containsMasks.put(c, keywords.mask(c.contains()));
            notContainsMasks.put(c, c.notContains().isEmpty() ? null : keywords.mask(c.notContains()));
        }
    }

    private static void collect(List<Condition> list, List<Condition.Lines> into) {
        for (Condition c : list) {
            if (c instanceof Condition.Lines l) {
                into.add(l);
            } else if (c instanceof Condition.AllOf all) {
                collect(all.conditions(), into);
            }
        }
    }

    /** What one file gave. */
    private record FileScan(IdentityHashMap<Condition.Lines, LineHits> hits, Map<String, Integer> hosts, long records) {
    }

    /**
     * Streams the bundle's files through the conditions, the files in parallel (each file once, in
     * order); the result is the same as reading them one after the other in name order.
     */
    public LineScan scan(EvidenceBundle bundle) {
        List<String> names = new ArrayList<>(bundle.names());
        List<FileScan> scans = names.size() == 1 ? List.of(scanFile(bundle, names.get(0)))
                : names.parallelStream().map(name -> scanFile(bundle, name)).toList();
        IdentityHashMap<Condition.Lines, LineHits> hits = new IdentityHashMap<>();
        Map<String, Integer> hosts = new LinkedHashMap<>();
        long records = 0;
        for (FileScan scan : scans) {
            scan.hits().forEach((c, h) -> hits.computeIfAbsent(c, k -> new LineHits()).append(h));
            scan.hosts().forEach((host, n) -> hosts.merge(host, n, Integer::sum));
            records += scan.records();
        }
        return new LineScan(hits, hosts, records);
    }

    private FileScan scanFile(EvidenceBundle bundle, String name) {
        IdentityHashMap<Condition.Lines, LineHits> hits = new IdentityHashMap<>();
        Map<String, Integer> hosts = new HashMap<>();
        long[] records = {0};
        List<Condition.Lines> applicable = new ArrayList<>();
        boolean freeText = BundleFiles.isFreeText(name);
        for (Condition.Lines c : conditions) {
            if (freeText || appliesTo(c, name)) {
                applicable.add(c);
            }
        }
        Condition.Lines[] active = applicable.toArray(new Condition.Lines[0]);
        long[][] wanted = new long[active.length][];
        long[][] unwanted = new long[active.length][];
        for (int i = 0; i < active.length; i++) {
            wanted[i] = containsMasks.get(active[i]);
            unwanted[i] = notContainsMasks.get(active[i]);
        }
        long[] found = keywords.newMask();
        LogRecordReader reader = new LogRecordReader(name, BundleFiles.defaultComponent(name));
        Consumer<LogRecord> sink = record -> {
            if (records[0]++ < HOST_SAMPLE && !record.host().isEmpty()) {
                hosts.merge(record.host(), 1, Integer::sum);
            }
            if (active.length > 0) {
                if (keywords.scan(record.text(), record.messageStart(), found)) {
                    match(record, found, active, wanted, unwanted, hits);
                }
            }
        };
        try {
            bundle.records(name, reader, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileScan(hits, hosts, records[0]);
    }

    private boolean appliesTo(Condition.Lines c, String name) {
        List<Pattern> patterns = globs.get(c);
        if (patterns.isEmpty()) {
            return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void match(LogRecord record, long[] found, Condition.Lines[] active, long[][] wanted,
                              long[][] unwanted, Map<Condition.Lines, LineHits> hits) {
        for (int i = 0; i < active.length; i++) {
            Condition.Lines c = active[i];
            if (!KeywordMatcher.any(found, wanted[i]) || (unwanted[i] != null && KeywordMatcher.any(found, unwanted[i]))) {
                continue;
            }
            if (!record.level().atLeast(c.minLevel())) {
                continue;
            }
            if (!c.component().isEmpty() && !c.component().equalsIgnoreCase(record.component())) {
                continue;
            }
            Map<String, String> captures = Map.of();
            if (c.last()) {
                hits.computeIfAbsent(c, k -> new LineHits()).add(new LineHits.Hit(record.evidence(), captures));
                continue;
            }
            if (c.regex() != null) {
                Matcher m = c.regex().matcher(record.text());
                if (!m.find()) {
                    continue;
                }
                if (!c.binds().isEmpty()) {
                    captures = new HashMap<>();
                    for (String group : c.binds()) {
                        String value = m.group(group);
                        if (value != null) {
                            captures.put(group, value);
                        }
                    }
                }
            }
            if (!staticTestsPass(c, captures)) {
                continue;
            }
            hits.computeIfAbsent(c, k -> new LineHits()).add(new LineHits.Hit(record.evidence(), captures));
        }
    }

    private static boolean staticTestsPass(Condition.Lines c, Map<String, String> captures) {
        for (Constraint t : c.tests()) {
            if (!t.usesVariables() && !t.test(captures.get(t.attribute()), Map.of())) {
                return false;
            }
        }
        return true;
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                default -> re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
