package io.ironbook.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A runbook's params with their values for one run, checked against their types, plus the outputs
 * steps capture as the run goes. Values of secret params and every capture are secrets.
 */
public final class BoundParams {
    private final Map<String, String> values;
    private final Set<String> secretNames;
    private final Map<String, String> captures = new LinkedHashMap<>();

    private final Set<String> listNames;

    BoundParams(Map<String, String> values, Set<String> secretNames, Set<String> listNames) {
        this.values = Map.copyOf(values);
        this.secretNames = Set.copyOf(secretNames);
        this.listNames = Set.copyOf(listNames);
    }

    /** Whether the param holds several values (a {@code nodes} param). */
    public boolean isList(String name) {
        return listNames.contains(name);
    }

    /** The value of a param or capture, if bound. */
    public synchronized Optional<String> value(String name) {
        if (captures.containsKey(name)) {
            return Optional.of(captures.get(name));
        }
        return Optional.ofNullable(values.get(name));
    }

    /** The values of a {@code nodes} param (comma-separated) or the single value of another param. */
    public List<String> list(String name) {
        return value(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Every param value, secrets included: for substitution only, never for printing. */
    public Map<String, String> values() {
        return values;
    }

    /** The values with secrets replaced by {@code ••••}, for journals and screens. */
    public Map<String, String> redacted() {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((k, v) -> shown.put(k, secretNames.contains(k) ? Redactor.MASK : v));
        return shown;
    }

    synchronized void capture(String name, String value) {
        captures.put(name, value);
    }

    /** The texts that must never appear in a journal, a log or on screen. */
    public synchronized List<String> secretValues() {
        List<String> secrets = new java.util.ArrayList<>(captures.values());
        secretNames.forEach(n -> Optional.ofNullable(values.get(n)).ifPresent(secrets::add));
        return secrets.stream().filter(s -> !s.isBlank()).toList();
    }
}
