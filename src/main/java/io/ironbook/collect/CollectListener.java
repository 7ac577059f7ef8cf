package io.ironbook.collect;

/** Hears how a collection goes, probe by probe; never required to print. */
@FunctionalInterface
public interface CollectListener {

    CollectListener NONE = line -> { };

    /** One line of progress: "mounts.txt: exit 0, 31 lines". */
    void progress(String line);
}
