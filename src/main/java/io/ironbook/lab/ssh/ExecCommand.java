package io.ironbook.lab.ssh;

import io.ironbook.lab.shell.ShellResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.server.channel.ChannelSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exec request on a node's SSH endpoint: runs the command line through the node's shell and
 * returns output and exit status, or drops the connection when the command took the machine down.
 */
final class ExecCommand extends NodeChannelCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ExecCommand.class);
    private final String node;
    private final String commandLine;
    private final NodeShell shell;

    ExecCommand(String node, String commandLine, NodeShell shell, ExecutorService executor) {
        super(executor);
        this.node = node;
        this.commandLine = commandLine;
        this.shell = shell;
    }

    @Override
    void serve(ChannelSession channel) throws IOException {
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
    }

    @Override
    void failed(Exception e) {
        LOG.warn("{}: exec '{}' failed", node, commandLine, e);
        super.failed(e);
    }
}
