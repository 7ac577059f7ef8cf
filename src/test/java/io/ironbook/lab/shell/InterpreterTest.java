package io.ironbook.lab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.lab.node.UnitState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    private final SimulatedNode shell = new SimulatedNode();

    private ShellResult run(String line) {
        return shell.run(line);
    }

    @Test
    void unknownCommandIs127() {
        ShellResult r = run("lsblk -f");
        assertThat(r.exitStatus()).isEqualTo(127);
        assertThat(r.err()).isEqualTo("bash: lsblk: command not found\n");
    }

    @Test
    void chainsBehaveAsInAShell() {
        assertThat(run("false && echo no; echo yes").out()).isEqualTo("yes\n");
        assertThat(run("false || echo fallback").out()).isEqualTo("fallback\n");
        assertThat(run("true && echo a || echo b").out()).isEqualTo("a\n");
        assertThat(run("nosuch || echo rescued").out()).isEqualTo("rescued\n");
        assertThat(run("echo one; exit 3; echo two").exitStatus()).isEqualTo(3);
    }

    @Test
    void quotingIncludesTheEscapedSingleQuoteIdiom() {
        assertThat(run("echo 'it'\\''s' \"a  b\" c\\ d").out()).isEqualTo("it's a  b c d\n");
        assertThat(run("sudo -n bash -c 'echo \"nested ok\"'").out()).isEqualTo("nested ok\n");
        assertThat(run("echo 'unterminated").exitStatus()).isEqualTo(2);
    }

    @Test
    void pipesAndRedirections() {
        assertThat(run("cat /proc/mounts | grep ' /var ' | wc -l").out().strip()).isEqualTo("1");
        assertThat(run("nosuch 2>/dev/null").err()).isEmpty();
        assertThat(run("nosuch 2>&1").out()).contains("command not found");
    }

    @Test
    void systemctlStatusLooksLikeDebian() {
        ShellResult r = run("systemctl status kubelet --no-pager");
        assertThat(r.exitStatus()).isZero();
        assertThat(r.out()).startsWith("● kubelet.service - kubelet: The Kubernetes Node Agent\n")
                .contains("     Loaded: loaded (/lib/systemd/system/kubelet.service; enabled; preset: enabled)")
                .contains("     Active: active (running) since ");
        assertThat(run("systemctl is-active kubelet").out()).isEqualTo("active\n");
    }

    @Test
    void stoppingContainerdMakesKubeletCrashLoop() {
        assertThat(run("systemctl stop containerd").exitStatus()).isZero();
        assertThat(shell.node().state().kubelet().state()).isEqualTo(UnitState.AUTO_RESTART);
        shell.advance(Duration.ofSeconds(11));
        shell.advance(Duration.ofSeconds(11));
        ShellResult status = run("systemctl status kubelet");
        assertThat(status.exitStatus()).isEqualTo(3);
        assertThat(status.out()).contains("Active: activating (auto-restart) (Result: exit-code)")
                .contains("restart counter is at 2.");
        assertThat(run("journalctl -u kubelet -n 50 --no-pager").out())
                .contains("dial unix /var/run/containerd/containerd.sock: connect: no such file or directory");
        assertThat(run("systemctl is-active kubelet").exitStatus()).isEqualTo(3);
        run("systemctl start containerd");
        shell.advance(Duration.ofSeconds(11));
        assertThat(run("systemctl is-active kubelet containerd").out()).isEqualTo("active\nactive\n");
    }

    @Test
    void powerLossLeavesVarReadOnlyUntilFsck() {
        shell.node().powerLoss(shell.now());
        shell.node().powerOn(shell.now());
        shell.advance(Duration.ofSeconds(21));
        assertThat(run("cat /proc/mounts").out()).contains("/dev/sda3 /var ext4 ro,relatime 0 0");
        assertThat(run("journalctl -u containerd --no-pager").out()).contains("containerd: chmod /var/lib/containerd: read-only file system");
        assertThat(run("dmesg").out()).contains("EXT4-fs (sda3): Remounting filesystem read-only");
        assertThat(run("mount -o remount,rw /var").exitStatus()).isEqualTo(32);
        assertThat(run("fsck -y /dev/sda3").exitStatus()).isEqualTo(1);
        assertThat(run("mount -o remount,rw /var && systemctl restart containerd").exitStatus()).isZero();
        shell.advance(Duration.ofSeconds(11));
        assertThat(run("systemctl is-active containerd kubelet").out()).isEqualTo("active\nactive\n");
    }

    @Test
    void sedEditsConfigFilesInPlace() {
        run("sed -i 's/SystemdCgroup = true/SystemdCgroup = false/' /etc/containerd/config.toml");
        assertThat(run("grep -i systemdcgroup /etc/containerd/config.toml").out()).contains("SystemdCgroup = false");
        run("sed -i '/ swap / s/^#//' /etc/fstab");
        assertThat(run("grep swap /etc/fstab").out()).startsWith("UUID=");
    }

    @Test
    void swapAndSymlinksAndSysctl() {
        assertThat(run("swapon -a && cat /proc/swaps").out()).doesNotContain("/dev/sda4");
        assertThat(run("ls -la /usr/lib/cni").exitStatus()).isEqualTo(2);
        assertThat(run("ln -s /opt/cni/bin /usr/lib/cni && ls /usr/lib/cni/ | grep flannel").out()).isEqualTo("flannel\n");
        assertThat(run("sysctl net.ipv4.ip_forward net.bridge.bridge-nf-call-iptables").out())
                .isEqualTo("net.ipv4.ip_forward = 1\nnet.bridge.bridge-nf-call-iptables = 1\n");
        assertThat(run("modprobe nosuch").exitStatus()).isEqualTo(1);
    }

    @Test
    void rebootComesBackWithANewBootId() {
        String before = shell.node().state().bootId();
        assertThat(run("reboot").disconnect()).isTrue();
        shell.advance(Duration.ofSeconds(60));
        assertThat(shell.node().state().power()).as("containerd keeps systemd waiting for its stop timeout").hasToString("SHUTTING_DOWN");
        shell.advance(Duration.ofSeconds(31));
        shell.advance(Duration.ofSeconds(6));
        shell.advance(Duration.ofSeconds(21));
        assertThat(shell.node().state().power()).hasToString("RUNNING");
        assertThat(run("cat /proc/sys/kernel/random/boot_id").out().strip()).isNotEqualTo(before).isEqualTo(shell.node().state().bootId());
        assertThat(run("journalctl -u kubelet --no-pager").out()).contains("-- Boot " + shell.node().state().bootId().replace("-", "") + " --");
        assertThat(run("findmnt").out()).contains("└─/var        /dev/sda3 ext4      rw,relatime");
    }

    @Test
    void shutdownDisconnects() {
        ShellResult r = run("systemctl stop kubelet containerd && shutdown -h now");
        assertThat(r.disconnect()).isTrue();
        shell.advance(Duration.ofSeconds(5));
        assertThat(shell.node().state().power()).hasToString("HALTED");
    }
}
