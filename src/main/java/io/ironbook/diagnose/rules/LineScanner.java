package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.BundleFiles;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.diagnose.evidence.LogRecord;
import io.ironbook.diagnose.evidence.LogRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams every file of a bundle once through every log condition of a {@link RuleSet} that applies
 * to it (by the condition's {@code files} globs; free-text files get them all). Per record: the
 * cheap {@code contains} words first, then level and component, then the pre-compiled regex on a
 * record capped at {@link LogRecordReader#MAX_RECORD} characters.
 */
public final class LineScanner {

    private final List<Condition.Lines> conditions;
    private final Map<Condition.Lines, List<Pattern>> globs = new IdentityHashMap<>();

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
        for (Condition.Lines c : conditions) {
            globs.put(c, c.files().stream().map(LineScanner::glob).toList());
        }
    }

    private static void collect(List<Condition> list, List<Condition.Lines> into) {
        for (Condition c : list) {
            if (c instanceof Condition.Lines l) {
                into.add(l);
            }
        }
    }

    /** Streams the bundle's files through the conditions. */
    public LineScan scan(EvidenceBundle bundle) {
        IdentityHashMap<Condition.Lines, LineHits> hits = new IdentityHashMap<>();
        Map<String, Integer> hosts = new LinkedHashMap<>();
        long[] records = {0};
        for (String name : bundle.names()) {
            List<Condition.Lines> applicable = new ArrayList<>();
            boolean freeText = BundleFiles.isFreeText(name);
            for (Condition.Lines c : conditions) {
                if (freeText || appliesTo(c, name)) {
                    applicable.add(c);
                }
            }
            Condition.Lines[] active = applicable.toArray(new Condition.Lines[0]);
            LogRecordReader reader = new LogRecordReader(name, BundleFiles.defaultComponent(name));
            try (BufferedReader in = bundle.open(name)) {
                reader.read(in, record -> {
                    records[0]++;
                    if (!record.host().isEmpty()) {
                        hosts.merge(record.host(), 1, Integer::sum);
                    }
                    match(record, active, hits);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LineScan(hits, hosts, records[0]);
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

    private static void match(LogRecord record, Condition.Lines[] active, Map<Condition.Lines, LineHits> hits) {
        if (active.length == 0) {
            return;
        }
        String lower = record.text().toLowerCase(Locale.ROOT);
        for (Condition.Lines c : active) {
            if (!containsAny(lower, c.contains()) || (!c.notContains().isEmpty() && containsAny(lower, c.notContains()))) {
                continue;
            }
            if (!record.level().atLeast(c.minLevel())) {
                continue;
            }
            if (!c.component().isEmpty() && !c.component().equalsIgnoreCase(record.component())) {
                continue;
            }
            Map<String, String> captures = Map.of();
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

    private static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
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
