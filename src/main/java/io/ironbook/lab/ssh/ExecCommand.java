package io.ironbook.lab.ssh;

import io.ironbook.lab.shell.ShellResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exec request on a node's SSH endpoint: runs the command line through the node's shell and
 * returns output and exit status, or drops the connection when the command took the machine down.
 */
final class ExecCommand implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(ExecCommand.class);
    private final String node;
    private final String commandLine;
    private final NodeShell shell;
    private final ExecutorService executor;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    ExecCommand(String node, String commandLine, NodeShell shell, ExecutorService executor) {
        this.node = node;
        this.commandLine = commandLine;
        this.shell = shell;
        this.executor = executor;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Commands on the simulated node read no input from the client.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        executor.execute(() -> {
            try {
                ShellResult result = shell.run(node, commandLine);
                out.write(result.out().getBytes(StandardCharsets.UTF_8));
                out.flush();
                err.write(result.err().getBytes(StandardCharsets.UTF_8));
                err.flush();
                if (result.disconnect()) {
                    LOG.info("{}: '{}' took the machine down; dropping the connection", node, commandLine);
                    channel.getSession().close(false);
                } else {
                    exit.onExit(result.exitStatus());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: exec '{}' failed", node, commandLine, e);
                exit.onExit(255, String.valueOf(e.getMessage()));
            }
        });
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Commands finish at once; nothing to interrupt.
    }
}
