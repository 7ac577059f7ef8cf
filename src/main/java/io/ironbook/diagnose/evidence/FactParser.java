package io.ironbook.diagnose.evidence;

import java.util.List;

/** Reads the structured facts of one kind of bundle file (the file is small; it is read whole). */
public interface FactParser {

    /**
     * Parses the lines of the named file into facts.
     *
     * @param file  the bundle file's name, for evidence
     * @param lines the file's lines, in order (line {@code i} is number {@code i + 1})
     * @param meta  what meta.yaml says about the collection, for parsers that compare clocks
     * @param sink  where the facts go
     */
    void parse(String file, List<String> lines, BundleMeta meta, FactSink sink);
}
