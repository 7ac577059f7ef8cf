package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.AnsibleInventory;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteSettings;
import io.ironbook.remote.SshConfig;
import io.ironbook.remote.TargetResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the SSH side from the global options: {@code --inventory}, {@code --ssh-config} (default
 * {@code ~/.ssh/config}) and {@code --known-hosts} (read besides {@code ~/.ssh/known_hosts}). Shared by
 * the composition root and the test services.
 */
public final class RemoteSetup {

    private RemoteSetup() {
    }

    /**
     * The resolver of node names; files named on the command line must exist.
     *
     * @throws UserError (exit 2) for a missing file; parsers throw {@code InvalidConfigException}
     */
    public static TargetResolver resolver(GlobalOptions options, IronbookPaths paths, TargetResolver.AddressLookup cluster) {
        Optional<AnsibleInventory> inventory = options.inventory().map(file -> AnsibleInventory.parse(existing(file, "--inventory")));
        Path defaultConfig = paths.homeDir().resolve(".ssh").resolve("config");
        SshConfig config = options.sshConfig().map(file -> SshConfig.parse(existing(file, "--ssh-config")))
                .orElseGet(() -> Files.isRegularFile(defaultConfig) ? SshConfig.parse(defaultConfig) : SshConfig.empty());
        String user = System.getProperty("user.name", "root");
        return new TargetResolver(inventory, config, cluster, user, paths.homeDir());
    }

    /** The shell's settings: the operator's defaults plus {@code --known-hosts}. */
    public static RemoteSettings settings(GlobalOptions options, IronbookPaths paths, Map<String, String> env,
                                          PassphrasePrompt prompt) {
        RemoteSettings settings = RemoteSettings.defaults(paths.homeDir(), env).withPassphrasePrompt(prompt);
        if (options.knownHosts().isPresent()) {
            settings = settings.withExtraKnownHosts(options.knownHosts().get());
        }
        return settings;
    }

    private static Path existing(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw UserError.usage(file + ": no such file (" + option + ")");
        }
        return file;
    }
}
