package io.ironbook.lab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed command line: lists of pipelines joined by {@code ;}, {@code &&} and {@code ||}; pipelines of
 * commands joined by {@code |}; a command is a simple command with redirections, a group
 * {@code { LIST; }} or {@code if LIST; then LIST; [elif LIST; then LIST;] [else LIST;] fi}.
 */
final class Script {

    /** A redirection: the operator and its target file (null for {@code 2>&1} and {@code >&2}). */
    record Redirect(String op, String target) {
    }

    /** A command of a pipeline. */
    sealed interface Command permits Simple, Group, If {
    }

    /** One simple command. */
    record Simple(List<Word> words, List<Redirect> redirects) implements Command {
    }

    /** {@code { LIST; }} with redirections. */
    record Group(ListNode body, List<Redirect> redirects) implements Command {
    }

    /** {@code if} with its conditions and branches ({@code elseBody} may be null). */
    record If(List<ListNode> conditions, List<ListNode> branches, ListNode elseBody) implements Command {
    }

    /** Commands joined by pipes, the connector that joins it to the previous pipeline, and {@code !}. */
    record Pipeline(String connector, List<Command> commands, boolean negate) {
    }

    /** Pipelines in sequence. */
    record ListNode(List<Pipeline> pipelines) {
    }

    private final List<Word> words;
    private int pos;

    private Script(List<Word> words) {
        this.words = words;
    }

    static ListNode parse(String line) throws ShellSyntaxException {
        Script parser = new Script(Tokenizer.split(line));
        ListNode list = parser.list(Set.of());
        if (parser.pos < parser.words.size()) {
            throw unexpected(parser.words.get(parser.pos).text());
        }
        return list;
    }

    private ListNode list(Set<String> terminators) throws ShellSyntaxException {
        List<Pipeline> pipelines = new ArrayList<>();
        String connector = ";";
        while (true) {
            while (isOp(";")) {
                if (!connector.equals(";")) {
                    throw unexpected(";");
                }
                pos++;
            }
            if (pos >= words.size() || isKeyword(terminators)) {
                if (!connector.equals(";")) {
                    throw unexpected(pos >= words.size() ? "newline" : words.get(pos).text());
                }
                return new ListNode(pipelines);
            }
            pipelines.add(pipeline(connector));
            if (pos < words.size() && words.get(pos).operator() && Set.of(";", "&&", "||").contains(words.get(pos).text())) {
                connector = words.get(pos++).text();
            } else {
                connector = ";";
                if (pos < words.size() && !isKeyword(terminators)) {
                    throw unexpected(words.get(pos).text());
                }
            }
        }
    }

    private Pipeline pipeline(String connector) throws ShellSyntaxException {
        boolean negate = false;
        if (pos < words.size() && !words.get(pos).operator() && !words.get(pos).quoted() && words.get(pos).text().equals("!")) {
            negate = true;
            pos++;
        }
        List<Command> commands = new ArrayList<>();
        commands.add(command());
        while (isOp("|")) {
            pos++;
            commands.add(command());
        }
        return new Pipeline(connector, commands, negate);
    }

    private Command command() throws ShellSyntaxException {
        if (isKeyword(Set.of("{"))) {
            pos++;
            ListNode body = list(Set.of("}"));
            expect("}");
            return new Group(body, redirects(new ArrayList<>()));
        }
        if (isKeyword(Set.of("if"))) {
            pos++;
            List<ListNode> conditions = new ArrayList<>();
            List<ListNode> branches = new ArrayList<>();
            ListNode elseBody = null;
            conditions.add(list(Set.of("then")));
            expect("then");
            branches.add(list(Set.of("elif", "else", "fi")));
            while (isKeyword(Set.of("elif"))) {
                pos++;
                conditions.add(list(Set.of("then")));
                expect("then");
                branches.add(list(Set.of("elif", "else", "fi")));
            }
            if (isKeyword(Set.of("else"))) {
                pos++;
                elseBody = list(Set.of("fi"));
            }
            expect("fi");
            return new If(conditions, branches, elseBody);
        }
        List<Word> simple = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (pos < words.size()) {
            Word w = words.get(pos);
            if (!w.operator()) {
                simple.add(w);
                pos++;
            } else if (Set.of(";", "&&", "||", "|").contains(w.text())) {
                break;
            } else {
                redirect(redirects);
            }
        }
        if (simple.isEmpty() && redirects.isEmpty()) {
            throw unexpected(pos < words.size() ? words.get(pos).text() : "newline");
        }
        return new Simple(simple, redirects);
    }

    private List<Redirect> redirects(List<Redirect> into) throws ShellSyntaxException {
        while (pos < words.size() && words.get(pos).operator() && !Set.of(";", "&&", "||", "|").contains(words.get(pos).text())) {
            redirect(into);
        }
        return into;
    }

    private void redirect(List<Redirect> into) throws ShellSyntaxException {
        Word op = words.get(pos++);
        if (op.text().equals("2>&1") || op.text().equals(">&2")) {
            into.add(new Redirect(op.text(), null));
            return;
        }
        if (pos >= words.size() || words.get(pos).operator()) {
            throw unexpected(pos >= words.size() ? "newline" : words.get(pos).text());
        }
        into.add(new Redirect(op.text(), words.get(pos++).text()));
    }

    private boolean isOp(String op) {
        return pos < words.size() && words.get(pos).operator() && words.get(pos).text().equals(op);
    }

    private boolean isKeyword(Set<String> keywords) {
        if (pos >= words.size()) {
            return false;
        }
        Word w = words.get(pos);
        return !w.operator() && !w.quoted() && keywords.contains(w.text());
    }

    private void expect(String keyword) throws ShellSyntaxException {
        if (!isKeyword(Set.of(keyword))) {
            throw unexpected(pos < words.size() ? words.get(pos).text() : "newline");
        }
        pos++;
    }

    private static ShellSyntaxException unexpected(String token) {
        return new ShellSyntaxException("bash: -c: line 1: syntax error near unexpected token `" + token + "'");
    }
}
