package io.ironbook.lab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed command line: pipelines joined by {@code ;}, {@code &&} and {@code ||}; each pipeline a list of
 * simple commands joined by {@code |}; each simple command its words and redirections.
 */
final class Script {

    /** A redirection: the operator and its target file (null for {@code 2>&1} and {@code >&2}). */
    record Redirect(String op, String target) {
    }

    /** One simple command. */
    record Simple(List<Word> words, List<Redirect> redirects) {
    }

    /** Commands joined by pipes, and the connector that joins it to the previous pipeline. */
    record Pipeline(String connector, List<Simple> commands) {
    }

    private final List<Pipeline> pipelines;

    private Script(List<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    List<Pipeline> pipelines() {
        return pipelines;
    }

    static Script parse(String line) throws ShellSyntaxException {
        List<Word> words = Tokenizer.split(line);
        List<Pipeline> pipelines = new ArrayList<>();
        List<Simple> commands = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        String connector = ";";
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.operator()) {
                current.add(w);
                continue;
            }
            switch (w.text()) {
                case "|" -> {
                    if (current.isEmpty()) {
                        throw unexpected("|");
                    }
                    commands.add(new Simple(current, redirects));
                    current = new ArrayList<>();
                    redirects = new ArrayList<>();
                }
                case ";", "&&", "||" -> {
                    if (current.isEmpty() && redirects.isEmpty()) {
                        if (commands.isEmpty() && w.text().equals(";") && pipelines.isEmpty() && i == words.size() - 1) {
                            continue;
                        }
                        if (!w.text().equals(";") || !commands.isEmpty()) {
                            throw unexpected(w.text());
                        }
                        continue;
                    }
                    commands.add(new Simple(current, redirects));
                    pipelines.add(new Pipeline(connector, commands));
                    connector = w.text();
                    commands = new ArrayList<>();
                    current = new ArrayList<>();
                    redirects = new ArrayList<>();
                }
                case "2>&1", ">&2" -> redirects.add(new Redirect(w.text(), null));
                default -> {
                    if (i + 1 >= words.size() || words.get(i + 1).operator()) {
                        throw unexpected(i + 1 >= words.size() ? "newline" : words.get(i + 1).text());
                    }
                    redirects.add(new Redirect(w.text(), words.get(++i).text()));
                }
            }
        }
        if (!current.isEmpty() || !redirects.isEmpty()) {
            commands.add(new Simple(current, redirects));
        } else if (!commands.isEmpty() || (!pipelines.isEmpty() && !connector.equals(";"))) {
            throw unexpected("newline");
        }
        if (!commands.isEmpty()) {
            pipelines.add(new Pipeline(connector, commands));
        }
        return new Script(pipelines);
    }

    private static ShellSyntaxException unexpected(String token) {
        return new ShellSyntaxException("bash: -c: line 1: syntax error near unexpected token `" + token + "'");
    }
}
