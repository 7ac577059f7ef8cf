package io.ironbook.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates command objects for picocli, handing the {@link Services} and the shared
 * {@link GlobalOptions} to every command whose constructor takes them.
 */
final class CommandFactory implements IFactory {
    private final Services services;
    private final GlobalOptions options;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Services services, GlobalOptions options) {
        this.services = Objects.requireNonNull(services);
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(Services.class, GlobalOptions.class);
            return constructor.newInstance(services, options);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
