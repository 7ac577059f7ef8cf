package io.ironbook.engine;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run ids that sort by time and say what ran: {@code 20261126-031500-node-maintenance-3fa2}. */
final class RunIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String next(String runbookId, Clock clock) {
        byte[] bytes = new byte[2];
        RANDOM.nextBytes(bytes);
        return STAMP.format(clock.instant()) + "-" + runbookId + "-" + HexFormat.of().formatHex(bytes);
    }
}
