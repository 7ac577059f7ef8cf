package io.ironbook.lab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shell forms the shipped runbooks use: if/then/fi, groups, variables and $?, test, printf, awk, xargs, umount/e2fsck/mount. */
class RunbookCommandsTest {
    private final SimulatedNode shell = new SimulatedNode();

    private ShellResult run(String line) {
        return shell.run(line);
    }

    @Test
    void compoundCommandsVariablesAndStatus() {
        assertThat(run("if [ -d /usr/lib/cni ] && [ ! -L /usr/lib/cni ]; then echo dir; else echo none; fi").out()).isEqualTo("none\n");
        assertThat(run("grep -q 'bin_dir' /etc/containerd/config.toml || { echo 'no bin_dir'; exit 1; }; echo after").out()).isEqualTo("after\n");
        ShellResult missing = run("grep -q 'nosuch' /etc/containerd/config.toml || { echo 'no line'; exit 1; }; echo after");
        assertThat(missing.out()).isEqualTo("no line\n");
        assertThat(missing.exitStatus()).isEqualTo(1);
        assertThat(run("false; rc=$?; echo \"rc is $rc\"; exit $rc").out()).isEqualTo("rc is 1\n");
        assertThat(run("echo '$HOME stays' ${UNSET}x").out()).isEqualTo("$HOME stays x\n");
        assertThat(run("if ping -c 2 -W 1 10.0.0.100 > /dev/null 2>&1; then echo taken; exit 1; fi; echo free").out()).isEqualTo("taken\n");
        assertThat(run("if echo; then").exitStatus()).isEqualTo(2);
    }

    @Test
    void osPrepSwapAndModules() {
        run("sed -i 's/^#UUID=c4a1e2f3/UUID=c4a1e2f3/' /etc/fstab && swapon -a");
        assertThat(run("systemctl list-units --type swap --all --plain --no-legend | awk '{print $1}'").out()).isEqualTo("dev-sda4.swap\n");
        run("swapoff -a");
        run("sed -E -i.ironbook.bak '/^[^#[:space:]]+[[:space:]]+[^[:space:]]+[[:space:]]+swap[[:space:]]/ s/^/#/' /etc/fstab");
        assertThat(run("grep -c '^#UUID=c4a1e2f3' /etc/fstab").out()).isEqualTo("1\n");
        assertThat(run("printf '%s\\n' overlay br_netfilter | tee /etc/modules-load.d/k8s.conf && modprobe overlay").out())
                .isEqualTo("overlay\nbr_netfilter\n");
        assertThat(run("grep -E '^overlay ' /proc/modules && grep -n -e overlay -e br_netfilter /etc/modules-load.d/k8s.conf").exitStatus()).isZero();
        assertThat(run("systemctl list-units --type swap --all --plain --no-legend | awk '{print $1}' | xargs -r systemctl mask").exitStatus()).isZero();
        assertThat(run("test -S /run/containerd/containerd.sock && ctr --address /run/containerd/containerd.sock version").exitStatus()).isZero();
    }

    @Test
    void containerdSetupAsTheShippedRunbookDoes() {
        ShellResult install = run("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y containerd");
        assertThat(install.exitStatus()).isZero();
        assertThat(install.out()).contains("Reading package lists...", "containerd is already the newest version (1.6.20~ds1-1+b1).",
                "0 upgraded, 0 newly installed");
        ShellResult docker = run("apt-get install -y containerd.io");
        assertThat(docker.exitStatus()).isEqualTo(100);
        assertThat(docker.err()).contains("E: Unable to locate package containerd.io");
        assertThat(run("apt-get install socat").out()).contains("Abort.");
        assertThat(run("apt-get install -y socat").out()).contains("Setting up socat");
        assertThat(run("apt-get install -y socat").out()).contains("socat is already the newest version");
        run("mkdir -p /etc/containerd; if [ -s /etc/containerd/config.toml ]; then cp /etc/containerd/config.toml "
                + "/etc/containerd/config.toml.ironbook.bak; fi; containerd config default | tee /etc/containerd/config.toml > /dev/null");
        assertThat(run("grep -c 'SystemdCgroup = true' /etc/containerd/config.toml.ironbook.bak").out()).isEqualTo("1\n");
        assertThat(run("grep -n 'bin_dir' /etc/containerd/config.toml").out()).contains("\"/usr/lib/cni\"");
        assertThat(run("sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml && grep -n 'SystemdCgroup' "
                + "/etc/containerd/config.toml").out()).contains("SystemdCgroup = true");
        assertThat(run("if [ -d /opt/cni/bin ]; then sed -i 's#bin_dir = \"/usr/lib/cni\"#bin_dir = \"/opt/cni/bin\"#' "
                + "/etc/containerd/config.toml; fi\ngrep -n 'bin_dir' /etc/containerd/config.toml").out()).contains("\"/opt/cni/bin\"");
        assertThat(run("systemctl restart containerd && systemctl enable containerd && systemctl restart kubelet").exitStatus()).isZero();
        assertThat(run("systemctl is-active containerd kubelet").out()).isEqualTo("active\nactive\n");
        assertThat(run("containerd config dump | grep -i 'systemdcgroup'").out()).contains("true");
        assertThat(shell.node().health().podsCanRun()).isTrue();
    }

    @Test
    void recoverReadonlyFsAsTheShippedRunbookDoes() {
        shell.node().powerLoss(shell.now());
        shell.node().powerOn(shell.now());
        shell.advance(Duration.ofSeconds(21));
        assertThat(run("findmnt -no OPTIONS /var").out()).startsWith("ro,");
        ShellResult apt = run("apt-get update");
        assertThat(apt.exitStatus()).isEqualTo(100);
        assertThat(apt.err()).contains("E: Could not open lock file /var/lib/apt/lists/lock - open (30: Read-only file system)");
        ShellResult repair = run("systemctl stop kubelet containerd; umount /var && e2fsck -fy /dev/sda3; rc=$?; mount /var; exit $rc");
        assertThat(repair.out()).contains("FILE SYSTEM WAS MODIFIED").doesNotContain("is mounted");
        assertThat(repair.exitStatus()).isEqualTo(1);
        assertThat(run("mount -o remount,rw /var && findmnt -no OPTIONS /var").out()).startsWith("rw,");
        run("systemctl start containerd kubelet");
        assertThat(run("systemctl is-active containerd kubelet").out()).isEqualTo("active\nactive\n");
        assertThat(run("umount /var").exitStatus()).isEqualTo(32);
    }

    @Test
    void commandSubstitutionAndAwkRecordFilters() {
        run("sed -i 's/^#UUID=c4a1e2f3/UUID=c4a1e2f3/' /etc/fstab && swapon -a");
        assertThat(run("echo \"active swap areas: $(awk 'NR > 1' /proc/swaps | wc -l)\"").out()).isEqualTo("active swap areas: 1\n");
        assertThat(run("echo \"node $(hostname) boot $(cat /proc/sys/kernel/random/boot_id | wc -c)\"").out()).isEqualTo("node worker-1 boot 37\n");
        assertThat(run("awk 'NR > 1 {print $1, $2}' /proc/swaps").out()).isEqualTo("/dev/sda4 partition\n");
        assertThat(run("awk '$1 !~ /^#/' /etc/fstab").exitStatus()).isEqualTo(2);
        assertThat(run("echo \"configs: $(ls /etc/cni/net.d 2>/dev/null | tr '\\n' ' ')\"").out()).isEqualTo("configs: 10-flannel.conflist \n");
        assertThat(run("echo a-b-c | tr -d -").out()).isEqualTo("abc\n");
    }

    @Test
    void caHashPipeline() {
        ShellResult r = run("openssl x509 -pubkey -noout -in /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der"
                + " | openssl dgst -sha256 -hex | sed 's/^.* //'");
        assertThat(r.out()).matches("[0-9a-f]{64}\n");
    }
}
