package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshjRemoteShell;
import io.ironbook.remote.TargetResolver;
import java.util.Map;

/**
 * Services for command-line tests, rooted in a temporary home: SSH goes to real (test) servers with
 * the home's keys and known_hosts, never to the developer's agent.
 */
final class TestServices implements Services {
    private final IronbookPaths paths;

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }

    @Override
    public TargetResolver targets(GlobalOptions options) {
        return RemoteSetup.resolver(options, paths, TargetResolver.AddressLookup.NONE);
    }

    @Override
    public RemoteShell remoteShell(GlobalOptions options, PassphrasePrompt prompt) {
        return new SshjRemoteShell(RemoteSetup.settings(options, paths, Map.of(), prompt));
    }
}
