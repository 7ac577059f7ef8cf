package io.ironbook.lab.ssh;

import io.ironbook.lab.shell.ShellResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * {@code ssh NODE} without a command: a small interactive prompt ({@code root@NODE:~# }) with echo and
 * backspace, running each line through the node's shell until {@code exit} or Ctrl-D.
 */
final class InteractiveShell extends NodeChannelCommand {
    private final String node;
    private final NodeShell shell;

    InteractiveShell(String node, NodeShell shell, ExecutorService executor) {
        super(executor);
        this.node = node;
        this.shell = shell;
    }

    @Override
    void serve(ChannelSession channel) throws IOException {
        write("Linux " + node + " 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30) x86_64\r\n\r\n"
                + "This is a simulated node of the ironbook lab.\r\n\r\n");
        StringBuilder line = new StringBuilder();
        prompt();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == 4 && line.length() == 0) {
                write("logout\r\n");
                exit.onExit(0);
                return;
            }
            if (c == '\r' || c == '\n') {
                write("\r\n");
                String command = line.toString().strip();
                line.setLength(0);
                if (command.equals("exit") || command.equals("logout")) {
                    exit.onExit(0);
                    return;
                }
                if (!command.isEmpty()) {
                    ShellResult result = shell.run(node, command);
                    write((result.out() + result.err()).replace("\n", "\r\n"));
                    if (result.disconnect()) {
                        channel.getSession().close(false);
                        return;
                    }
                }
                prompt();
            } else if (c == 127 || c == 8) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    write("\b \b");
                }
            } else if (c == 3) {
                line.setLength(0);
                write("^C\r\n");
                prompt();
            } else if (c >= 32) {
                line.append((char) c);
                out.write(c);
                out.flush();
            }
        }
        exit.onExit(0);
    }

    private void prompt() throws IOException {
        write("root@" + node + ":~# ");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
