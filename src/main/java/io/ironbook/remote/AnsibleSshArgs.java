package io.ironbook.remote;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ssh options operators put in {@code ansible_ssh_common_args} / {@code ansible_ssh_extra_args}
 * that decide how a node is reached: {@code ProxyJump}, {@code -J}, {@code ProxyCommand},
 * {@code StrictHostKeyChecking}, {@code UserKnownHostsFile}, {@code HostKeyAlias}. Others are ignored.
 */
final class AnsibleSshArgs {

    private AnsibleSshArgs() {
    }

    /**
     * Applies {@code -o Key=Value} and {@code -J} options of an {@code ansible_ssh_*_args} variable to the
     * draft; {@code paths} expands file names.
     */
    static void apply(TargetDraft draft, AnsibleInventory.Value value, String varName, Function<String, Path> paths) {
        List<String> words;
        try {
            words = ShellQuote.split(value.value());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(value.file(), value.line(), varName + ": " + e.getMessage());
        }
        Origin origin = value.origin(varName);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String option;
            if (word.equals("-o") && i + 1 < words.size()) {
                option = words.get(++i);
            } else if (word.startsWith("-o") && word.length() > 2) {
                option = word.substring(2);
            } else if (word.equals("-J") && i + 1 < words.size()) {
                option = "ProxyJump=" + words.get(++i);
            } else {
                continue;
            }
            int split = option.indexOf('=');
            if (split < 0) {
                split = option.indexOf(' ');
            }
            if (split < 0) {
                throw new InvalidConfigException(value.file(), value.line(), varName + ": expected -o Key=Value, not '" + option + "'");
            }
            String key = option.substring(0, split).strip().toLowerCase(Locale.ROOT);
            String arg = option.substring(split + 1).strip();
            switch (key) {
                case "proxyjump" -> {
                    draft.jumpSpec = arg;
                    draft.jumpOrigin = origin;
                }
                case "proxycommand" -> {
                    draft.proxyCommand = arg;
                    draft.jumpOrigin = origin;
                }
                case "stricthostkeychecking" -> draft.policy = arg.equalsIgnoreCase("accept-new")
                        ? HostKeyPolicy.ACCEPT_NEW : HostKeyPolicy.STRICT;
                case "userknownhostsfile" -> draft.knownHostsFiles.add(paths.apply(arg));
                case "hostkeyalias" -> draft.hostKeyAlias = arg;
                default -> { }
            }
        }
    }
}
