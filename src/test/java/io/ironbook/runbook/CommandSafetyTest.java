package io.ironbook.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.runbook.CommandSafety.Danger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandSafetyTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "systemctl stop kubelet containerd && shutdown -h now => NEEDS_TYPED_GATE",
        "shutdown -r now => NEEDS_TYPED_GATE",
        "sudo reboot => NEEDS_TYPED_GATE",
        "systemctl reboot => NEEDS_TYPED_GATE",
        "/sbin/poweroff => NEEDS_TYPED_GATE",
        "kubeadm reset -f => NEEDS_TYPED_GATE",
        "umount /var && e2fsck -fy /dev/sda2 => NEEDS_TYPED_GATE",
        "fsck.ext4 -p /dev/sdb1 => NEEDS_TYPED_GATE",
        "mkfs.ext4 /dev/sdc => NEEDS_TYPED_GATE",
        "dd if=/dev/zero of=/dev/sdb bs=1M => NEEDS_TYPED_GATE",
        "systemctl restart containerd => DESTRUCTIVE",
        "systemctl --now disable kubelet => DESTRUCTIVE",
        "swapoff -a => DESTRUCTIVE",
        "rm -rf /var/lib/kubelet/pods => DESTRUCTIVE",
        "mount -o remount,rw /var => DESTRUCTIVE",
        "kubeadm join 10.0.0.1:6443 --token x => DESTRUCTIVE",
        "kubectl delete pod x => DESTRUCTIVE",
        "systemctl is-active kubelet => NONE",
        "cat /proc/mounts => NONE",
        "journalctl -b -1 | grep 'shutdown' => NONE",
        "echo 'reboot later' => NONE",
        "kubeadm init phase preflight => NONE",
        "kubeadm certs check-expiration => NONE",
        "systemctl status kubelet --no-pager => NONE",
    })
    void commandsAreClassifiedByWhatTheyDo(String command, Danger expected) {
        Danger danger = CommandSafety.assess(command).map(CommandSafety.Verdict::danger).orElse(Danger.NONE);
        assertThat(danger).as(command).isEqualTo(expected);
    }
}
