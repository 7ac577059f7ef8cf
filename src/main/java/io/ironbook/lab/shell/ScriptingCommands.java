package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeState;
import io.ironbook.lab.node.Vfs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The helpers scripts and runbooks lean on: {@code test}/{@code [}, {@code printf}, {@code awk '{print $N}'},
 * {@code xargs}, {@code mv}, {@code ping}, {@code ctr version}, {@code containerd config dump|default},
 * and the {@code openssl} steps that hash the cluster CA's public key.
 */
final class ScriptingCommands {
    private static final String CA_PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\n"
            + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n";

    private ScriptingCommands() {
    }

    static int test(Invocation inv) {
        List<String> args = new ArrayList<>(inv.args());
        if (inv.name().equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                inv.error("bash: [: missing `]'");
                return 2;
            }
            args.remove(args.size() - 1);
        }
        boolean negate = !args.isEmpty() && args.get(0).equals("!");
        if (negate) {
            args.remove(0);
        }
        boolean result = evaluate(inv, args);
        return result != negate ? 0 : 1;
    }

    private static boolean evaluate(Invocation inv, List<String> args) {
        NodeState node = inv.node();
        Vfs vfs = node.vfs();
        if (args.isEmpty()) {
            return false;
        }
        if (args.size() == 1) {
            return !args.get(0).isEmpty();
        }
        if (args.size() == 3) {
            return switch (args.get(1)) {
                case "=", "==" -> args.get(0).equals(args.get(2));
                case "!=" -> !args.get(0).equals(args.get(2));
                case "-eq" -> number(args.get(0)) == number(args.get(2));
                case "-ne" -> number(args.get(0)) != number(args.get(2));
                default -> false;
            };
        }
        String path = FileCommands.absolute(args.get(1));
        return switch (args.get(0)) {
            case "-e" -> vfs.exists(path) || ProcFiles.read(node, path, inv.now()).isPresent();
            case "-f" -> vfs.file(path).isPresent() || ProcFiles.read(node, path, inv.now()).isPresent();
            case "-d" -> vfs.isDirectory(path);
            case "-L", "-h" -> vfs.isLink(path);
            case "-s" -> vfs.file(path).map(f -> f.size() > 0).orElse(false);
            case "-S" -> path.endsWith("/containerd.sock") && node.containerd().running();
            case "-x" -> vfs.file(path).map(f -> f.mode().contains("x")).orElse(false);
            case "-z" -> args.get(1).isEmpty();
            case "-n" -> !args.get(1).isEmpty();
            default -> false;
        };
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    static int printf(Invocation inv) {
        if (inv.args().isEmpty()) {
            return inv.fail(2, "usage: printf format [arguments]");
        }
        String format = inv.args().get(0).replace("\\n", "\n").replace("\\t", "\t");
        List<String> values = inv.args().subList(1, inv.args().size());
        int slots = format.split("%s", -1).length - 1;
        if (slots == 0) {
            inv.out.append(format.replace("%%", "%"));
            return 0;
        }
        for (int i = 0; i < Math.max(1, values.size()); i += slots) {
            String text = format;
            for (int s = 0; s < slots; s++) {
                String v = i + s < values.size() ? values.get(i + s) : "";
                text = text.replaceFirst("%s", java.util.regex.Matcher.quoteReplacement(v));
            }
            inv.out.append(text.replace("%%", "%"));
        }
        return 0;
    }

    static int awk(Invocation inv) {
        List<String> args = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        if (args.isEmpty()) {
            return inv.fail(2, "usage: awk PROGRAM [FILE...]");
        }
        java.util.regex.Matcher form = java.util.regex.Pattern
                .compile("^\\s*(?:NR\\s*>\\s*(\\d+))?\\s*(?:\\{\\s*print((?:\\s*,?\\s*\\$\\d+)*)\\s*;?\\s*\\})?\\s*$")
                .matcher(args.get(0));
        if (args.get(0).isBlank() || !form.matches()) {
            return inv.fail(2, "this node's awk runs 'NR > N', '{print $N, ...}' and 'NR > N {print $N}' programs only");
        }
        int skip = form.group(1) == null ? 0 : Integer.parseInt(form.group(1));
        List<Integer> fields = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(form.group(2) == null ? "" : form.group(2));
        while (m.find()) {
            fields.add(Integer.parseInt(m.group(1)));
        }
        Optional<String> given = TextFilters.input(inv, args.subList(1, args.size()));
        if (given.isEmpty()) {
            return 2;
        }
        String input = given.get();
        int nr = 0;
        for (String line : input.split("\n")) {
            if (input.isEmpty()) {
                break;
            }
            if (++nr <= skip) {
                continue;
            }
            if (fields.isEmpty()) {
                inv.println(line);
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            List<String> picked = new ArrayList<>();
            for (int f : fields) {
                picked.add(f == 0 ? line : f <= parts.length ? parts[f - 1] : "");
            }
            inv.println(String.join(" ", picked));
        }
        return 0;
    }

    static int xargs(Invocation inv) {
        List<String> args = new ArrayList<>(inv.args());
        boolean noRunIfEmpty = args.remove("-r") | args.remove("--no-run-if-empty");
        List<String> items = inv.stdin().isBlank() ? List.of() : List.of(inv.stdin().strip().split("\\s+"));
        if (items.isEmpty() && noRunIfEmpty) {
            return 0;
        }
        List<String> command = args.isEmpty() ? List.of("echo") : args;
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            line.append(quote(word)).append(' ');
        }
        for (String item : items) {
            line.append(quote(item)).append(' ');
        }
        return inv.interpreter().execute(line.toString().strip(), inv.out, inv.err);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static int mv(Invocation inv) {
        List<String> operands = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        if (operands.size() != 2) {
            return inv.fail(1, "this node's mv moves one file or folder: mv SOURCE DEST");
        }
        NodeState node = inv.node();
        String from = FileCommands.absolute(operands.get(0));
        String to = FileCommands.absolute(operands.get(1));
        if (!node.vfs().exists(from)) {
            return inv.fail(1, "cannot stat '" + operands.get(0) + "': No such file or directory");
        }
        if (!node.rename(from, to, inv.now())) {
            return inv.fail(1, "cannot move '" + operands.get(0) + "' to '" + operands.get(1) + "': Read-only file system");
        }
        return 0;
    }

    static int ping(Invocation inv) {
        String host = inv.args().isEmpty() ? "" : inv.args().get(inv.args().size() - 1);
        String vip = inv.node().cluster().endpoint().split(":")[0];
        boolean answers = !host.equals(vip) || !inv.node().cluster().vipDown();
        inv.println("PING " + host + " (" + host + ") 56(84) bytes of data.");
        if (answers) {
            inv.println("64 bytes from " + host + ": icmp_seq=1 ttl=64 time=0.214 ms");
            inv.println("64 bytes from " + host + ": icmp_seq=2 ttl=64 time=0.187 ms");
        }
        inv.println("");
        inv.println("--- " + host + " ping statistics ---");
        inv.println(answers ? "2 packets transmitted, 2 received, 0% packet loss, time 1001ms"
                : "2 packets transmitted, 0 received, 100% packet loss, time 1022ms");
        return answers ? 0 : 1;
    }

    static int ctr(Invocation inv) {
        if (!inv.node().containerd().running()) {
            inv.error("ctr: failed to dial \"/run/containerd/containerd.sock\": connection error: desc = \"transport: error while dialing:"
                    + " dial unix:///run/containerd/containerd.sock: timeout\"");
            return 1;
        }
        if (inv.args().contains("version")) {
            inv.println("Client:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+b1\n  Go version: go1.19.8\n");
            inv.println("Server:\n  Version:  1.6.20~ds1\n  Revision: 1.6.20~ds1-1+b1\n  UUID: " + inv.node().bootId());
            return 0;
        }
        return inv.fail(1, "this node's ctr answers 'version' only (images and containers are simulated through crictl)");
    }

    static int containerd(Invocation inv) {
        String joined = String.join(" ", inv.args());
        if (joined.startsWith("config dump")) {
            inv.out.append(inv.node().vfs().read("/etc/containerd/config.toml").orElse("version = 2\n"));
            return 0;
        }
        if (joined.startsWith("config default")) {
            inv.out.append(io.ironbook.lab.node.NodeOs.defaultContainerdConfig());
            return 0;
        }
        if (joined.startsWith("--version") || joined.startsWith("-v")) {
            inv.println("containerd containerd.io 1.6.20~ds1 1.6.20~ds1-1+b1");
            return 0;
        }
        return inv.fail(1, "this node's containerd binary answers 'config dump', 'config default' and '--version'");
    }

    static int openssl(Invocation inv) {
        String sub = inv.args().isEmpty() ? "" : inv.args().get(0);
        switch (sub) {
            case "x509" -> inv.out.append(CA_PUBLIC_KEY);
            case "pkey" -> inv.out.append(inv.stdin());
            case "dgst" -> {
                try {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(inv.stdin().getBytes(StandardCharsets.UTF_8));
                    inv.println("SHA2-256(stdin)= " + HexFormat.of().formatHex(digest));
                } catch (NoSuchAlgorithmException e) {
                    return inv.fail(1, e.getMessage());
                }
            }
            case "version" -> inv.println("OpenSSL 3.0.15 3 Sep 2024 (Library: OpenSSL 3.0.15 3 Sep 2024)");
            default -> {
                return inv.fail(1, "this node's openssl answers x509 -pubkey, pkey, dgst and version");
            }
        }
        return 0;
    }
}
