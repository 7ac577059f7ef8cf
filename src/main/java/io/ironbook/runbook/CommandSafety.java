package io.ironbook.runbook;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises shell commands that must be gated: those that halt, reboot or reset a node or rewrite
 * a filesystem need a typed confirmation; those that stop services, turn swap off or delete files
 * need at least a confirmation. Quoted text is not looked at.
 */
public final class CommandSafety {

    /** How dangerous a command is. */
    public enum Danger { NONE, DESTRUCTIVE, NEEDS_TYPED_GATE }

    /**
     * A dangerous command and what it does.
     *
     * @param danger what gate it needs
     * @param what   what it does, for the message
     */
    public record Verdict(Danger danger, String what) {
    }

    private static final String START = "(?:^|[;&|(]\\s*|\\bsudo\\s+(?:-\\S+\\s+)*|\\bexec\\s+|\\bthen\\s+|\\bdo\\s+)";

    private static final Rule[] RULES = {
        new Rule(Danger.NEEDS_TYPED_GATE, "halts or reboots the node",
                START + "(?:/s?bin/)?(?:shutdown|reboot|poweroff|halt)\\b|\\bsystemctl\\s+(?:reboot|poweroff|halt|kexec)\\b|" + START + "init\\s+[06]\\b"),
        new Rule(Danger.NEEDS_TYPED_GATE, "resets the node's kubeadm state", "\\bkubeadm\\s+reset\\b"),
        new Rule(Danger.NEEDS_TYPED_GATE, "checks and repairs a filesystem", START + "(?:/s?bin/)?(?:e2)?fsck(?:\\.\\w+)?\\b"),
        new Rule(Danger.NEEDS_TYPED_GATE, "writes a filesystem or disk",
                START + "(?:mkfs(?:\\.\\w+)?|wipefs|sgdisk|fdisk|parted)\\b|\\bdd\\s+[^;&|]*\\bof=/dev/"),
        new Rule(Danger.DESTRUCTIVE, "stops, restarts or disables services",
                "\\bsystemctl\\s+(?:\\S+\\s+)*?(?:stop|restart|try-restart|reload-or-restart|mask|disable|kill|isolate)\\b"),
        new Rule(Danger.DESTRUCTIVE, "turns swap off", START + "swapoff\\b"),
        new Rule(Danger.DESTRUCTIVE, "remounts or unmounts filesystems", START + "umount\\b|\\bmount\\s+[^;&|]*remount"),
        new Rule(Danger.DESTRUCTIVE, "deletes files", START + "rm\\s+(?:-\\S*[rf]\\S*\\s+)"),
        new Rule(Danger.DESTRUCTIVE, "changes the cluster (kubeadm init/join)", "\\bkubeadm\\s+(?:init|join)\\b(?!\\s+phase\\s+(?:preflight|upload-certs)\\b)"),
        new Rule(Danger.DESTRUCTIVE, "deletes or drains through kubectl", "\\bkubectl\\s+(?:\\S+\\s+)*?(?:delete|drain)\\b"),
    };

    private record Rule(Danger danger, String what, Pattern pattern) {
        Rule(Danger danger, String what, String regex) {
            this(danger, what, Pattern.compile(regex, Pattern.MULTILINE));
        }
    }

    private CommandSafety() {
    }

    /** The most dangerous thing the command does, if anything. */
    public static Optional<Verdict> assess(String command) {
        String bare = withoutQuotedText(command);
        Verdict found = null;
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(bare).find()) {
                if (found == null || rule.danger.ordinal() > found.danger().ordinal()) {
                    found = new Verdict(rule.danger, rule.what);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static String withoutQuotedText(String command) {
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0) {
                if (c == '\'' || c == '"') {
                    quote = c;
                    sb.append(' ');
                } else {
                    sb.append(c);
                }
            } else if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                quote = 0;
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
