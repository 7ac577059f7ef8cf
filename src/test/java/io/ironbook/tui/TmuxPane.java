package io.ironbook.tui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A detached tmux session of 120×40 for end-to-end tests: starts a command, sends keys, reads the pane. */
final class TmuxPane {
    private final String session;
    private final long timeoutMillis;

    TmuxPane(String session, long timeoutMillis) {
        this.session = session;
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts {@code command} in a new detached session; its exit status, 0 when tmux started it. */
    int start(String command) throws IOException, InterruptedException {
        return tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command);
    }

    /** Sends keys by tmux's names ("Down", "Enter", "C-c") or as characters. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types {@code text} literally. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    void kill() throws IOException, InterruptedException {
        tmux("kill-session", "-t", session);
    }

    /** Reads the pane until it satisfies {@code condition}; fails with the pane's text after the timeout. */
    String await(Predicate<String> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String text = "";
        while (System.currentTimeMillis() < deadline) {
            text = capture();
            if (condition.test(text)) {
                return text;
            }
            Thread.sleep(100);
        }
        fail("expected " + what + " in the tmux pane; it shows:\n" + text);
        return text;
    }

    String capture() throws Exception {
        Process process = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** The first line of {@code screen} that holds {@code text}, or "". */
    static String line(String screen, String text) {
        return screen.lines().filter(line -> line.contains(text)).findFirst().orElse("");
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
