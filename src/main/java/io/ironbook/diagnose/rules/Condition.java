package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.Level;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One test a signal makes on the evidence. A signal holds when all its conditions hold together
 * (with consistent captures) and none of its {@code unless} conditions does.
 */
sealed interface Condition {

    /** Where the condition was written, {@code file:line:col}. */
    String where();

    /** The names this condition binds when it matches (regex groups, fact attributes). */
    Set<String> binds();

    /**
     * Log lines: streamed from the named files (globs) and every free-text file; a line matches when it
     * holds one of the {@code contains} words (case-insensitive, checked first, cheaply), none of the
     * {@code notContains} words, the {@code regex} if given (its named groups are captured), a level at
     * least {@code minLevel}, the {@code component} if given, and the {@code where} tests on captures.
     * At least {@code minCount} lines must match. With {@code last}, the words select a kind of line
     * (kubelet's lifecycle lines) and only the last such line of the bundle counts: it must match the
     * regex ("the last thing systemd did to kubelet was to stop it").
     */
    record Lines(String where, List<String> files, String component, List<String> contains,
                 List<String> notContains, Pattern regex, Set<String> groups, Level minLevel,
                 List<Constraint> tests, int minCount, boolean last) implements Condition {

        @Override
        public Set<String> binds() {
            return groups;
        }
    }

    /** A structured fact of the kind passing every test exists; its attributes are captured. */
    record FactPresent(String where, String kind, List<Constraint> tests, Set<String> attributes) implements Condition {

        @Override
        public Set<String> binds() {
            return attributes;
        }
    }

    /** The bundle shows facts of this kind, and none passes every test (unknown is not absent). */
    record FactAbsent(String where, String kind, List<Constraint> tests) implements Condition {

        @Override
        public Set<String> binds() {
            return Set.of();
        }
    }

    /** The bundle holds no facts of this kind: no file shows it. */
    record Unknown(String where, String kind) implements Condition {

        @Override
        public Set<String> binds() {
            return Set.of();
        }
    }

    /**
     * All of these together (with consistent captures), for an {@code unless} that needs two facts at once:
     * "the kubelet's last stated driver" and "containerd's driver" being the same.
     */
    record AllOf(String where, List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Set<String> binds() {
            Set<String> all = new java.util.LinkedHashSet<>();
            conditions.forEach(c -> all.addAll(c.binds()));
            return all;
        }
    }
}
