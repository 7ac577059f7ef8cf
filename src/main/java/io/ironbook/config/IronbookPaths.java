package io.ironbook.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The folders ironbook reads and writes, resolved once from the environment following the XDG base
 * directory conventions: state (logs, run journals, the lab) under {@code $XDG_STATE_HOME/ironbook},
 * user configuration (runbooks, themes) under {@code $XDG_CONFIG_HOME/ironbook}.
 *
 * @param stateDir  where logs, run journals and lab folders go
 * @param configDir where the operator's own runbooks and themes live
 * @param homeDir   the operator's home folder ({@code ~/.ssh}, {@code ~/.kube})
 */
public record IronbookPaths(Path stateDir, Path configDir, Path homeDir) {

    public IronbookPaths {
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(homeDir, "homeDir");
    }

    /** Resolves the folders from the process environment and {@code user.home}. */
    public static IronbookPaths fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * Resolves the folders from the given environment; a relative or empty XDG variable is ignored,
     * as the XDG specification requires.
     */
    public static IronbookPaths fromEnvironment(Map<String, String> env, Path home) {
        Path state = xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        return new IronbookPaths(state.resolve("ironbook"), config.resolve("ironbook"), home);
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    /** The log file; the terminal never receives log output. */
    public Path logFile() {
        return stateDir.resolve("ironbook.log");
    }

    /** The folder of run journals. */
    public Path runsDir() {
        return stateDir.resolve("runs");
    }

    /** The default parent folder of lab clusters. */
    public Path labDir() {
        return stateDir.resolve("lab");
    }

    /** The operator's own runbooks, overriding shipped ones by id. */
    public Path userRunbooksDir() {
        return configDir.resolve("runbooks");
    }

    /** The operator's own themes. */
    public Path userThemesDir() {
        return configDir.resolve("themes");
    }
}
