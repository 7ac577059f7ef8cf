package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.TextGUIThread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work the console does off the GUI thread (cluster calls, SSH target lookups): it runs on the I/O executor
 * and its result comes back to the GUI thread with {@code invokeLater}. Work that changes something is
 * listed while it runs, with its latest progress, so that quitting can ask first.
 */
final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final ExecutorService io;
    private final TextGUIThread gui;
    private final Map<String, String> running = new LinkedHashMap<>();
    private final Runnable changed;

    /**
     * @param changed called on the GUI thread whenever the list of running work or its progress changes
     */
    Tasks(ExecutorService io, TextGUIThread gui, Runnable changed) {
        this.io = io;
        this.gui = gui;
        this.changed = changed;
    }

    /**
     * Runs {@code work} off the GUI thread; {@code done} or {@code failed} then run on the GUI thread.
     *
     * @param label what is running, e.g. "drain worker-1"; listed while it runs when {@code listed}
     */
    <T> void run(String label, boolean listed, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        run(label, listed, io, work, done, failed);
    }

    /** As {@link #run(String, boolean, Callable, Consumer, Consumer)}, on an executor of the caller's. */
    <T> void run(String label, boolean listed, Executor executor, Callable<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        if (listed) {
            running.put(label, "");
            changed.run();
        }
        executor.execute(() -> {
            Runnable report;
            try {
                T result = work.call();
                report = () -> {
                    finished(label, listed);
                    done.accept(result);
                };
            } catch (Exception e) {
                LOG.info("{} failed: {}", label, e.toString());
                report = () -> {
                    finished(label, listed);
                    failed.accept(e);
                };
            }
            later(report);
        });
    }

    private void finished(String label, boolean listed) {
        if (listed) {
            running.remove(label);
            changed.run();
        }
    }

    /** Runs {@code report} on the GUI thread (from any thread); dropped when the console has closed. */
    void later(Runnable report) {
        try {
            gui.invokeLater(report);
        } catch (IllegalStateException e) {
            LOG.info("the console closed before a result arrived");
        }
    }

    /** Named daemon threads, so that a stuck cluster call never keeps the JVM alive after quitting. */
    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Records progress of running work; callable from any thread. */
    void progress(String label, String text) {
        later(() -> {
            if (running.containsKey(label)) {
                running.put(label, text);
                changed.run();
            }
        });
    }

    /** The work that changes something and is still running, with its progress. */
    List<String> running() {
        List<String> lines = new ArrayList<>();
        running.forEach((label, progress) -> lines.add(progress.isEmpty() ? label : label + ": " + progress));
        return lines;
    }
}
