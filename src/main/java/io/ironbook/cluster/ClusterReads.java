package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The gateway's reads for evidence and checks: a node's events, the control plane's readiness. */
final class ClusterReads {
    private final Fabric8ClusterGateway gateway;
    private final KubernetesClient client;

    ClusterReads(Fabric8ClusterGateway gateway, KubernetesClient client) {
        this.gateway = gateway;
        this.client = client;
    }

    List<ClusterEvent> nodeEvents(String name) {
        List<Event> events = gateway.call("list", "events", () -> client.v1().events().inAnyNamespace()
                .withField("involvedObject.kind", "Node").withField("involvedObject.name", name).list().getItems());
        List<ClusterEvent> result = new ArrayList<>();
        for (Event event : events) {
            String source = event.getSource() != null && event.getSource().getComponent() != null
                    ? event.getSource().getComponent() : event.getReportingComponent();
            String first = event.getFirstTimestamp() != null ? event.getFirstTimestamp()
                    : event.getEventTime() == null ? null : event.getEventTime().getTime();
            String last = event.getLastTimestamp() != null ? event.getLastTimestamp() : first;
            result.add(new ClusterEvent(event.getType(), event.getReason(), event.getMessage(), source,
                    event.getCount() == null ? 1 : event.getCount(), NodeSummaryMapper.parseTime(first),
                    NodeSummaryMapper.parseTime(last)));
        }
        result.sort(Comparator.comparing(event -> event.lastSeen().orElse(java.time.Instant.EPOCH)));
        return result;
    }

    ControlPlaneStatus controlPlane(String server) {
        boolean ready;
        String detail;
        try {
            var http = client.getHttpClient();
            HttpResponse<String> response = http.sendAsync(
                    http.newHttpRequestBuilder().uri(server + "/readyz").build(), String.class)
                    .get(10, TimeUnit.SECONDS);
            ready = response.code() == 200;
            detail = "/readyz: HTTP " + response.code() + (response.body() == null ? "" : " " + response.body().strip());
        } catch (ExecutionException | TimeoutException e) {
            ready = false;
            detail = "cannot reach " + server + "/readyz: " + KubeconfigLoader.rootMessage(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.API, "interrupted while asking " + server + "/readyz", e);
        }
        List<NodeSummary> controlPlane = new ArrayList<>();
        for (NodeSummary node : gateway.nodes()) {
            if (node.roles().contains("control-plane") || node.roles().contains("master")) {
                controlPlane.add(node);
            }
        }
        return new ControlPlaneStatus(ready, detail, controlPlane);
    }
}
