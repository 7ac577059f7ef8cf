package io.ironbook.lab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What a session channel on a lab node's SSH endpoint runs (an exec request, the interactive prompt): MINA
 * hands it the channel's streams and exit callback, and it serves the channel on the lab's executor. A
 * failure ends the channel with exit status 255.
 */
abstract class NodeChannelCommand implements Command {
    private final ExecutorService executor;
    protected InputStream in;
    protected OutputStream out;
    protected OutputStream err;
    protected ExitCallback exit;

    NodeChannelCommand(ExecutorService executor) {
        this.executor = executor;
    }

    /** Serves the channel until it is done; called on the lab's executor. */
    abstract void serve(ChannelSession channel) throws IOException;

    /** The channel broke or the command failed; the default ends it with status 255. */
    void failed(Exception e) {
        exit.onExit(255, String.valueOf(e.getMessage()));
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
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
                serve(channel);
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        });
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Exec commands finish at once; the interactive loop ends when the channel's input closes.
    }
}
