package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeOs;
import io.ironbook.lab.node.Vfs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one command line on a simulated node as a non-interactive bash would: {@code ;}, {@code &&},
 * {@code ||}, pipes, redirections, globs in the last path component, a {@code sudo} prefix, and
 * {@code command not found} (127) for anything the node does not have. One interpreter per command line.
 */
public final class Interpreter {
    private final NodeOs os;
    private final Supplier<Instant> clock;
    private final Commands commands;
    private final Consumer<Duration> sleeper;
    private boolean disconnect;
    private int lastStatus;
    private final java.util.Map<String, String> variables = new java.util.HashMap<>();
    private Integer exitRequested;

    /**
     * @param os      the node
     * @param clock   the simulated time
     * @param sleeper waits for a simulated duration (real time divided by the lab's speed)
     */
    public Interpreter(NodeOs os, Supplier<Instant> clock, Consumer<Duration> sleeper) {
        this.os = os;
        this.clock = clock;
        this.commands = Commands.standard();
        this.sleeper = sleeper;
    }

    /** Runs the command line and returns what it printed and its status. */
    public ShellResult run(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int status = execute(line, out, err);
        return new ShellResult(out.toString(), err.toString(), status, disconnect);
    }

    int execute(String line, StringBuilder out, StringBuilder err) {
        Script.ListNode script;
        try {
            script = Script.parse(line);
        } catch (ShellSyntaxException e) {
            err.append(e.getMessage()).append('\n');
            return 2;
        }
        return list(script, "", out, err);
    }

    private int list(Script.ListNode list, String stdin, StringBuilder out, StringBuilder err) {
        int status = lastStatus;
        for (Script.Pipeline pipeline : list.pipelines()) {
            if (disconnect || exitRequested != null) {
                break;
            }
            if (pipeline.connector().equals("&&") && status != 0 || pipeline.connector().equals("||") && status == 0) {
                continue;
            }
            status = pipeline(pipeline, stdin, out, err);
            lastStatus = status;
        }
        return exitRequested != null ? exitRequested : status;
    }

    private int pipeline(Script.Pipeline pipeline, String stdin, StringBuilder out, StringBuilder err) {
        String input = stdin;
        int status = 0;
        List<Script.Command> list = pipeline.commands();
        for (int i = 0; i < list.size(); i++) {
            StringBuilder cmdOut = new StringBuilder();
            status = command(list.get(i), input, cmdOut, err);
            if (i == list.size() - 1) {
                out.append(cmdOut);
            } else {
                input = cmdOut.toString();
            }
            if (disconnect || exitRequested != null) {
                break;
            }
        }
        return pipeline.negate() ? (status == 0 ? 1 : 0) : status;
    }

    private int command(Script.Command command, String stdin, StringBuilder out, StringBuilder err) {
        if (command instanceof Script.Simple simple) {
            return simple(simple, stdin, out, err);
        }
        if (command instanceof Script.Group group) {
            StringBuilder o = new StringBuilder();
            StringBuilder e = new StringBuilder();
            int status = list(group.body(), stdin, o, e);
            return redirect(group.redirects(), o.toString(), e.toString(), out, err, status);
        }
        Script.If test = (Script.If) command;
        for (int i = 0; i < test.conditions().size(); i++) {
            int condition = list(test.conditions().get(i), stdin, out, err);
            if (disconnect || exitRequested != null) {
                return condition;
            }
            if (condition == 0) {
                return list(test.branches().get(i), stdin, out, err);
            }
        }
        return test.elseBody() == null ? 0 : list(test.elseBody(), stdin, out, err);
    }

    private int simple(Script.Simple command, String stdin, StringBuilder out, StringBuilder err) {
        List<String> argv = expand(command.words());
        while (!argv.isEmpty() && argv.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            String assignment = argv.get(0);
            if (argv.size() == 1) {
                variables.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
            }
            argv = argv.subList(1, argv.size());
        }
        argv = stripSudo(argv);
        if (argv.isEmpty()) {
            return 0;
        }
        String name = argv.get(0);
        String base = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        if (base.equals("sleep")) {
            return sleep(argv, err);
        }
        ShellCommand impl = commands.find(base).orElse(null);
        Invocation inv = new Invocation(base, argv.subList(1, argv.size()), stdin, os, clock.get(), this);
        int status;
        if (impl == null) {
            inv.error("bash: " + name + ": command not found");
            status = 127;
        } else {
            synchronized (os.state()) {
                status = impl.run(inv);
            }
        }
        return redirect(command.redirects(), inv.out.toString(), inv.err.toString(), out, err, status);
    }

    private int redirect(List<Script.Redirect> redirects, String stdoutText, String stderrText, StringBuilder out, StringBuilder err,
            int status) {
        String stdout = stdoutText;
        String stderr = stderrText;
        for (Script.Redirect r : redirects) {
            switch (r.op()) {
                case "2>&1" -> {
                    stdout = stdout + stderr;
                    stderr = "";
                }
                case ">&2" -> {
                    stderr = stderr + stdout;
                    stdout = "";
                }
                case "2>" -> {
                    if (!writeFile(r.target(), stderr, false, err)) {
                        return 1;
                    }
                    stderr = "";
                }
                case ">", ">>", "&>" -> {
                    String text = r.op().equals("&>") ? stdout + stderr : stdout;
                    if (!writeFile(r.target(), text, r.op().equals(">>"), err)) {
                        return 1;
                    }
                    stdout = "";
                    if (r.op().equals("&>")) {
                        stderr = "";
                    }
                }
                default -> {
                    // "<": input files are not supported; the command sees no input.
                }
            }
        }
        out.append(stdout);
        err.append(stderr);
        return status;
    }

    private boolean writeFile(String target, String text, boolean append, StringBuilder err) {
        if (target.equals("/dev/null")) {
            return true;
        }
        String path = target.startsWith("/") ? target : "/root/" + target;
        synchronized (os.state()) {
            String old = append ? os.state().vfs().read(path).orElse("") : "";
            if (!os.state().writeFile(path, old + text, clock.get())) {
                err.append("bash: ").append(target).append(": Read-only file system\n");
                return false;
            }
        }
        return true;
    }

    private List<String> expand(List<Word> words) {
        List<String> out = new ArrayList<>();
        synchronized (os.state()) {
            Vfs vfs = os.state().vfs();
            for (Word w : words) {
                String t = substitute(w.text());
                if (w.quoted() || !(t.contains("*") || t.contains("?")) || !t.startsWith("/")) {
                    out.add(t);
                    continue;
                }
                String dir = Vfs.parent(t);
                String pattern = t.substring(t.lastIndexOf('/') + 1);
                String regex = pattern.replace(".", "\\.").replace("*", ".*").replace("?", ".");
                List<String> matches = vfs.list(dir).stream().filter(n -> n.matches(regex) && !n.startsWith("."))
                        .map(n -> (dir.equals("/") ? "" : dir) + "/" + n).toList();
                out.addAll(matches.isEmpty() ? List.of(t) : matches);
            }
        }
        return out;
    }

    /** Parameter expansion: {@code $?}, {@code $NAME}, {@code ${NAME}} (unset variables expand to nothing). */
    private String substitute(String text) {
        if (text.indexOf(Tokenizer.VAR) < 0 && text.indexOf(Tokenizer.SUB_START) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == Tokenizer.SUB_START) {
                int end = text.indexOf(Tokenizer.SUB_END, i);
                StringBuilder captured = new StringBuilder();
                lastStatus = execute(text.substring(i + 1, end), captured, new StringBuilder());
                b.append(captured.toString().replaceAll("\\n+$", ""));
                i = end;
                continue;
            }
            if (c != Tokenizer.VAR) {
                b.append(c);
                continue;
            }
            int j = i + 1;
            if (j < text.length() && text.charAt(j) == '?') {
                b.append(lastStatus);
                i = j;
            } else if (j < text.length() && text.charAt(j) == '{' && text.indexOf('}', j) > 0) {
                b.append(variables.getOrDefault(text.substring(j + 1, text.indexOf('}', j)), ""));
                i = text.indexOf('}', j);
            } else {
                int k = j;
                while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                    k++;
                }
                b.append(k == j ? "$" : variables.getOrDefault(text.substring(j, k), ""));
                i = k - 1;
            }
        }
        return b.toString();
    }

    private static List<String> stripSudo(List<String> argv) {
        List<String> rest = argv;
        while (!rest.isEmpty() && rest.get(0).equals("sudo")) {
            int i = 1;
            while (i < rest.size() && rest.get(i).startsWith("-")) {
                String opt = rest.get(i);
                i += opt.equals("-u") || opt.equals("-g") ? 2 : 1;
                if (opt.equals("--")) {
                    break;
                }
            }
            rest = rest.subList(Math.min(i, rest.size()), rest.size());
        }
        return rest;
    }

    private int sleep(List<String> argv, StringBuilder err) {
        if (argv.size() != 2) {
            err.append("sleep: missing operand\n");
            return 1;
        }
        try {
            String arg = argv.get(1);
            double seconds = Double.parseDouble(arg.replaceAll("[smh]$", ""));
            double factor = arg.endsWith("m") ? 60 : arg.endsWith("h") ? 3600 : 1;
            sleeper.accept(Duration.ofMillis((long) (Math.min(seconds * factor, 3600) * 1000)));
            return 0;
        } catch (NumberFormatException e) {
            err.append("sleep: invalid time interval '").append(argv.get(1)).append("'\n");
            return 1;
        }
    }

    /** The machine goes down: the connection drops after this command line. */
    void requestDisconnect() {
        disconnect = true;
    }

    /** The {@code exit} builtin. */
    void requestExit(int status) {
        exitRequested = status;
    }
}
