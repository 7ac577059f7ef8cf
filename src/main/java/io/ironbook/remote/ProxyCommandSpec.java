package io.ironbook.remote;

import java.util.List;

/**
 * Understands the one ProxyCommand that is a jump host in disguise, {@code ssh -W %h:%p [-p PORT]
 * [-l USER] HOST} (kubespray's bastion setting), and refuses every other.
 */
final class ProxyCommandSpec {

    private ProxyCommandSpec() {
    }

    /**
     * The ProxyJump spec ({@code [user@]host[:port]}) equivalent to the command.
     *
     * @throws InvalidConfigException for any other ProxyCommand
     */
    static String jumpSpec(String command, Origin origin) {
        List<String> words;
        try {
            words = ShellQuote.split(command);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("ProxyCommand at " + origin.location() + ": " + e.getMessage());
        }
        String unsupported = "unsupported ProxyCommand at " + origin.location()
                + " (only 'ssh -W %h:%p [-p PORT] [-l USER] HOST' is understood): " + command;
        if (words.isEmpty() || !(words.get(0).equals("ssh") || words.get(0).endsWith("/ssh"))) {
            throw new InvalidConfigException(unsupported);
        }
        String destination = null;
        String user = null;
        String port = null;
        boolean forwards = false;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-W" -> {
                    String forward = i + 1 < words.size() ? words.get(++i) : "";
                    forwards = forward.equals("%h:%p") || forward.equals("[%h]:%p");
                }
                case "-p" -> port = i + 1 < words.size() ? words.get(++i) : null;
                case "-l" -> user = i + 1 < words.size() ? words.get(++i) : null;
                case "-i", "-o", "-F", "-J" -> i++;
                default -> {
                    if (word.startsWith("-")) {
                        continue;
                    }
                    if (destination != null) {
                        throw new InvalidConfigException(unsupported);
                    }
                    destination = word;
                }
            }
        }
        if (!forwards || destination == null) {
            throw new InvalidConfigException(unsupported);
        }
        String spec = (user != null && !destination.contains("@") ? user + "@" : "") + destination
                + (port != null ? ":" + port : "");
        return spec;
    }
}
