package io.ironbook.lab.shell;

/**
 * {@code shutdown}, {@code reboot}, {@code poweroff}, {@code halt}: the machine goes down and the SSH
 * connection drops without an exit status; a reboot comes back after the boot delay with a new boot id.
 */
final class PowerCommand implements ShellCommand {

    @Override
    public int run(Invocation inv) {
        boolean reboot = switch (inv.name()) {
            case "reboot" -> true;
            case "shutdown" -> inv.args().contains("-r") || inv.args().contains("--reboot");
            default -> false;
        };
        if (inv.name().equals("shutdown") && inv.args().contains("-c")) {
            return 0;
        }
        return power(inv, reboot);
    }

    int power(Invocation inv, boolean reboot) {
        inv.node().logSystem(inv.now(), "systemd-logind", "The system will " + (reboot ? "reboot" : "power off") + " now!");
        inv.os().shutdown(inv.now(), reboot);
        inv.interpreter().requestDisconnect();
        return 0;
    }
}
