package io.ironbook.diagnose.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What streaming the bundle through every log condition found: the matches of each condition, and
 * the host names the journal headers carry (the node's name when nothing else says it).
 */
public final class LineScan {

    private final Map<Condition.Lines, LineHits> hits;
    private final Map<String, Integer> hosts;
    private final long records;

    LineScan(IdentityHashMap<Condition.Lines, LineHits> hits, Map<String, Integer> hosts, long records) {
        this.hits = hits;
        this.hosts = Collections.unmodifiableMap(hosts);
        this.records = records;
    }

    LineHits hits(Condition.Lines condition) {
        return hits.getOrDefault(condition, new LineHits());
    }

    /** Host names of syslog/journal headers with how many records carried each. */
    public Map<String, Integer> hosts() {
        return hosts;
    }

    /** How many log records were read. */
    public long records() {
        return records;
    }
}
