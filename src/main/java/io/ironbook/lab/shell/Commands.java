package io.ironbook.lab.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The commands a simulated node has, by name; anything else is {@code command not found}. */
final class Commands {
    private static final Commands STANDARD = build();
    private final Map<String, ShellCommand> byName;

    private Commands(Map<String, ShellCommand> byName) {
        this.byName = Map.copyOf(byName);
    }

    static Commands standard() {
        return STANDARD;
    }

    Optional<ShellCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every command name, sorted (for the documentation test). */
    Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    private static Commands build() {
        Map<String, ShellCommand> m = new HashMap<>();
        m.put("systemctl", new SystemctlCommand());
        m.put("journalctl", new JournalctlCommand());
        m.put("dmesg", new DmesgCommand());
        m.put("cat", FileCommands::cat);
        m.put("ls", FileCommands::ls);
        m.put("ln", FileCommands::ln);
        m.put("rm", FileCommands::rm);
        m.put("mkdir", FileCommands::mkdir);
        m.put("cp", FileCommands::cp);
        m.put("tee", FileCommands::tee);
        m.put("sed", new SedCommand());
        m.put("findmnt", FsCommands::findmnt);
        m.put("mount", FsCommands::mount);
        m.put("umount", FsCommands::umount);
        m.put("fsck", FsCommands::fsck);
        m.put("fsck.ext4", FsCommands::fsck);
        m.put("e2fsck", FsCommands::fsck);
        m.put("df", FsCommands::df);
        m.put("swapoff", KernelCommands::swapoff);
        m.put("swapon", KernelCommands::swapon);
        m.put("free", KernelCommands::free);
        m.put("modprobe", KernelCommands::modprobe);
        m.put("lsmod", KernelCommands::lsmod);
        m.put("sysctl", KernelCommands::sysctl);
        m.put("kubeadm", new KubeadmCommand());
        m.put("apt-get", new AptCommand());
        m.put("crictl", BasicCommands::crictl);
        PowerCommand power = new PowerCommand();
        for (String name : new String[] {"shutdown", "reboot", "poweroff", "halt"}) {
            m.put(name, power);
        }
        m.put("echo", BasicCommands::echo);
        m.put("true", inv -> 0);
        m.put("false", inv -> 1);
        m.put(":", inv -> 0);
        m.put("exit", BasicCommands::exit);
        m.put("hostname", BasicCommands::hostname);
        m.put("uname", BasicCommands::uname);
        m.put("whoami", BasicCommands::id);
        m.put("id", BasicCommands::id);
        m.put("date", BasicCommands::date);
        m.put("uptime", BasicCommands::uptime);
        m.put("timedatectl", BasicCommands::timedatectl);
        m.put("bash", BasicCommands::shell);
        m.put("sh", BasicCommands::shell);
        m.put("test", ScriptingCommands::test);
        m.put("[", ScriptingCommands::test);
        m.put("printf", ScriptingCommands::printf);
        m.put("awk", ScriptingCommands::awk);
        m.put("xargs", ScriptingCommands::xargs);
        m.put("mv", ScriptingCommands::mv);
        m.put("ping", ScriptingCommands::ping);
        m.put("ctr", ScriptingCommands::ctr);
        m.put("containerd", ScriptingCommands::containerd);
        m.put("openssl", ScriptingCommands::openssl);
        m.put("grep", TextFilters::grep);
        m.put("head", TextFilters::headOrTail);
        m.put("tail", TextFilters::headOrTail);
        m.put("wc", TextFilters::wc);
        m.put("tr", TextFilters::tr);
        return new Commands(m);
    }
}
