package io.ironbook.engine;

import io.ironbook.remote.ShellQuote;
import io.ironbook.runbook.Template;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fills a runbook's text with a run's values: plainly for titles and messages, shell-quoted for
 * commands (a {@code nodes} list becomes several quoted words), with {@code {{target}}} the node a
 * step acts on. A reference with no value yet (an output a later step captures) stays as written.
 */
final class StepText {
    private final BoundParams params;
    private final boolean showSecrets;

    private StepText(BoundParams params, boolean showSecrets) {
        this.params = params;
        this.showSecrets = showSecrets;
    }

    /** Text to run: real values. */
    static StepText forRunning(BoundParams params) {
        return new StepText(params, true);
    }

    /** Text to show: secret values masked. */
    static StepText forShowing(BoundParams params) {
        return new StepText(params, false);
    }

    /** The params the text is filled from. */
    BoundParams params() {
        return params;
    }

    String plain(String text, Optional<String> target) {
        if (!Template.hasRefs(text)) {
            return text;
        }
        return Template.render(text, name -> value(name, target).map(v -> String.join(",", v)).orElse("{{" + name + "}}"),
                v -> v);
    }

    String command(String text, Optional<String> target) {
        if (!Template.hasRefs(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Template.Ref ref : Template.refs(text)) {
            sb.append(text, at, ref.offset());
            Optional<List<String>> values = value(ref.name(), target);
            sb.append(values.map(v -> v.stream().map(ShellQuote::quote).collect(Collectors.joining(" ")))
                    .orElse("{{" + ref.name() + "}}"));
            at = ref.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    private Optional<List<String>> value(String name, Optional<String> target) {
        if (name.equals("target")) {
            return target.map(List::of);
        }
        Optional<String> value = params.value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!showSecrets && params.secretValues().contains(value.get())) {
            return Optional.of(List.of(Redactor.MASK));
        }
        if (value.get().contains(",") && params.isList(name)) {
            return Optional.of(params.list(name));
        }
        return Optional.of(List.of(value.get()));
    }
}
