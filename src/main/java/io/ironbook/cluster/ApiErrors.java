package io.ironbook.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** Turns fabric8's exceptions into one-line {@link ClusterException}s that name what was refused. */
final class ApiErrors {
    private final String server;
    private final String context;

    ApiErrors(String server, String context) {
        this.server = server;
        this.context = context;
    }

    /**
     * @param verb the API verb we used (get, list, watch, patch, create, delete)
     * @param resource what we used it on, e.g. {@code nodes/worker-1} or {@code pods/eviction}
     */
    ClusterException translate(RuntimeException e, String verb, String resource) {
        if (e instanceof ClusterException cluster) {
            return cluster;
        }
        int code = e instanceof KubernetesClientException kce ? kce.getCode() : 0;
        String detail = statusMessage(e);
        switch (code) {
            case 401:
                return new ClusterException(ClusterException.Kind.UNAUTHORIZED, "the API server at " + server
                        + " rejected the credentials of context '" + context + "' (401 Unauthorized) to " + verb + " "
                        + resource, e);
            case 403:
                return new ClusterException(ClusterException.Kind.FORBIDDEN, "forbidden (403): context '" + context
                        + "' may not " + verb + " " + resource + (detail.isEmpty() ? "" : ": " + detail), e);
            case 404:
                return new ClusterException(ClusterException.Kind.NOT_FOUND, resource + " not found", e);
            default:
                break;
        }
        if (code <= 0 && unreachable(e)) {
            return new ClusterException(ClusterException.Kind.UNREACHABLE, "cannot reach the API server at " + server
                    + " (context '" + context + "'): " + networkProblem(e), e);
        }
        return new ClusterException(ClusterException.Kind.API, "cannot " + verb + " " + resource
                + (code > 0 ? " (HTTP " + code + ")" : "") + ": " + (detail.isEmpty() ? KubeconfigLoader.rootMessage(e) : detail), e);
    }

    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SSLException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong on the network, in a few words. */
    static String networkProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused" + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (t instanceof SSLException) {
                return "TLS handshake failed: " + t.getMessage();
            }
        }
        return KubeconfigLoader.rootMessage(e);
    }

    static String statusMessage(Throwable e) {
        if (e instanceof KubernetesClientException kce && kce.getStatus() != null
                && kce.getStatus().getMessage() != null) {
            return kce.getStatus().getMessage();
        }
        return "";
    }
}
