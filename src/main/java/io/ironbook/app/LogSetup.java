package io.ironbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points logback at the log file before the first logger is created. When the state folder cannot
 * be created the log goes to the temporary folder instead; it never goes to the terminal.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void toFile(Path logFile) {
        Path target = logFile;
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException | SecurityException e) {
            target = Path.of(System.getProperty("java.io.tmpdir"), "ironbook-" + System.getProperty("user.name", "user") + ".log");
        }
        System.setProperty("ironbook.log.file", target.toString());
    }
}
