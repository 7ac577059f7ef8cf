package io.ironbook.lab.api;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A watch with a field selector the mock cannot evaluate ({@code spec.nodeName=worker-1}): the mock's
 * watch of the whole resource, with every event whose object the selector rejects dropped on the way out.
 */
final class FilteredWatch extends WebSocketListener {
    private final WebSocketListener delegate;
    private final FieldSelector selector;
    private volatile FilteringSocket socket;

    FilteredWatch(WebSocketListener delegate, FieldSelector selector) {
        this.delegate = delegate;
        this.selector = selector;
    }

    private FilteringSocket wrap(WebSocket ws) {
        FilteringSocket s = socket;
        if (s == null || s.target != ws) {
            s = new FilteringSocket(ws);
            socket = s;
        }
        return s;
    }

    @Override
    public void onBeforeAccept(WebSocket webSocket, Response response) {
        delegate.onBeforeAccept(wrap(webSocket), response);
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        delegate.onOpen(wrap(webSocket), response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        delegate.onMessage(wrap(webSocket), text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        delegate.onMessage(wrap(webSocket), bytes);
    }

    @Override
    public void onMessage(WebSocket webSocket, byte[] bytes) {
        delegate.onMessage(wrap(webSocket), bytes);
    }

    @Override
    public void onPing(WebSocket webSocket, byte[] bytes) {
        delegate.onPing(wrap(webSocket), bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        delegate.onClosing(wrap(webSocket), code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        delegate.onClosed(wrap(webSocket), code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        delegate.onFailure(wrap(webSocket), t, response);
    }

    /** Passes on watch events whose object matches the selector; drops the others. */
    private final class FilteringSocket implements WebSocket {
        private final WebSocket target;

        FilteringSocket(WebSocket target) {
            this.target = target;
        }

        @Override
        public RecordedRequest request() {
            return target.request();
        }

        @Override
        public boolean send(String text) {
            return !wanted(text) || target.send(text);
        }

        @Override
        public boolean send(byte[] bytes) {
            return !wanted(new String(bytes, StandardCharsets.UTF_8)) || target.send(bytes);
        }

        @Override
        public boolean close(int code, String reason) {
            return target.close(code, reason);
        }

        @SuppressWarnings("unchecked")
        private boolean wanted(String event) {
            try {
                Object object = Json.map(event).get("object");
                return !(object instanceof Map<?, ?> m) || !m.containsKey("metadata") || selector.matches((Map<String, Object>) m);
            } catch (RuntimeException e) {
                return true;
            }
        }
    }
}
