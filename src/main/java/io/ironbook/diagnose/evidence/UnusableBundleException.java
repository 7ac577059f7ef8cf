package io.ironbook.diagnose.evidence;

/**
 * The bundle cannot be diagnosed at all: the folder is missing, holds no readable evidence, or its
 * meta.yaml is malformed. The message names the file (and line and column where known).
 */
public final class UnusableBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnusableBundleException(String message) {
        super(message);
    }

    public UnusableBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
