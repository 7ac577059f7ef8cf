package io.ironbook.runbook;

import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads an ssh step's {@code expect:} block; patterns are compiled here, at load. */
final class ExpectationParser {

    private static final List<String> FIELDS = List.of("exitCode", "stdoutContains", "stdoutNotContains", "stdoutMatches", "hint");

    private ExpectationParser() {
    }

    static Expectation parse(YamlNode node, Scope scope) {
        YamlFields f = YamlFields.of(node, "expect").allowOnly(FIELDS);
        List<Integer> exitCodes = new ArrayList<>();
        Optional<YamlNode> codes = f.optional("exitCode");
        if (codes.isEmpty()) {
            exitCodes.add(0);
        } else if (codes.get() instanceof YamlScalar) {
            exitCodes.add(exitCode(codes.get()));
        } else {
            for (YamlNode item : YamlFields.list(codes.get(), "exitCode").items()) {
                exitCodes.add(exitCode(item));
            }
        }
        Optional<String> contains = text(f, "stdoutContains", scope);
        Optional<String> notContains = text(f, "stdoutNotContains", scope);
        Optional<Pattern> matches = f.optionalScalar("stdoutMatches").map(s -> {
            try {
                return Pattern.compile(s.text());
            } catch (PatternSyntaxException e) {
                throw new YamlException(s.location(), "stdoutMatches is not a valid regular expression: " + e.getDescription());
            }
        });
        Optional<String> hint = text(f, "hint", scope);
        return new Expectation(exitCodes, contains, notContains, matches, hint);
    }

    private static Optional<String> text(YamlFields f, String field, Scope scope) {
        return f.optionalScalar(field).map(s -> {
            scope.checkText(s, field);
            return s.text();
        });
    }

    private static int exitCode(YamlNode node) {
        int code = YamlFields.integer(node, "exitCode");
        if (code < 0 || code > 255) {
            throw new YamlException(node.location(), "exitCode must be between 0 and 255");
        }
        return code;
    }
}
