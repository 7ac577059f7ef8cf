package io.ironbook.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes and reads journal records as one JSON object per line, with stable field names. */
final class JournalCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {
    }

    static String header(RunHeader h) {
        ObjectNode node = JSON.createObjectNode().put("type", "header").put("runId", h.runId())
                .put("at", h.started().toString()).put("user", h.user()).put("host", h.host())
                .put("context", h.context()).put("server", h.server()).put("runbook", h.runbookId())
                .put("version", h.version()).put("sha256", h.sha256()).put("source", h.source());
        ObjectNode params = node.putObject("params");
        h.params().forEach(params::put);
        return write(node);
    }

    static String event(RunEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("at", event.at().toString());
        if (event instanceof RunEvent.RunStarted e) {
            node.put("type", "run-started").put("runId", e.runId()).put("runbook", e.runbook()).put("version", e.version());
            ObjectNode params = node.putObject("params");
            e.params().forEach(params::put);
        } else if (event instanceof RunEvent.FactRecorded e) {
            node.put("type", "fact").put("name", e.name()).put("value", e.value());
        } else if (event instanceof RunEvent.StepStarted e) {
            node.put("type", "step-started").put("step", e.stepId()).put("title", e.title());
            ArrayNode nodes = node.putArray("nodes");
            e.nodes().forEach(nodes::add);
        } else if (event instanceof RunEvent.OutputLine e) {
            node.put("type", "output").put("step", e.stepId()).put("node", e.node()).put("stream", e.stream()).put("text", e.text());
        } else if (event instanceof RunEvent.Waiting e) {
            node.put("type", "waiting").put("step", e.stepId()).put("what", e.what()).put("elapsedMs", e.elapsed().toMillis());
        } else if (event instanceof RunEvent.GateAsked e) {
            node.put("type", "gate-asked").put("step", e.stepId()).put("title", e.request().title())
                    .put("typed", e.request().typedText().orElse(null)).put("manual", e.request().manual());
            ArrayNode lines = node.putArray("whatHappens");
            e.request().whatHappens().forEach(lines::add);
        } else if (event instanceof RunEvent.GateAnswered e) {
            node.put("type", "gate-answered").put("step", e.stepId()).put("accepted", e.accepted()).put("how", e.how());
        } else if (event instanceof RunEvent.StepFinished e) {
            node.put("type", "step-finished").put("step", e.stepId()).put("status", e.status().name())
                    .put("summary", e.summary()).put("durationMs", e.duration().toMillis());
        } else if (event instanceof RunEvent.RunFinished e) {
            node.put("type", "run-finished").put("status", e.status().name()).put("message", e.message());
        }
        return write(node);
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a journal record", e);
        }
    }

    /** Reads one line; empty for a line that is not a whole record (a write cut short by a crash). */
    static Optional<Object> read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.has("type")) {
            return Optional.empty();
        }
        Instant at = Instant.parse(node.path("at").asText(Instant.EPOCH.toString()));
        String type = node.get("type").asText();
        return Optional.ofNullable(switch (type) {
            case "header" -> new RunHeader(text(node, "runId"), at, text(node, "user"), text(node, "host"),
                    text(node, "context"), text(node, "server"), text(node, "runbook"), text(node, "version"),
                    text(node, "sha256"), text(node, "source"), map(node.path("params")));
            case "run-started" -> new RunEvent.RunStarted(at, text(node, "runId"), text(node, "runbook"),
                    text(node, "version"), map(node.path("params")));
            case "fact" -> new RunEvent.FactRecorded(at, text(node, "name"), text(node, "value"));
            case "step-started" -> new RunEvent.StepStarted(at, text(node, "step"), text(node, "title"), list(node.path("nodes")));
            case "output" -> new RunEvent.OutputLine(at, text(node, "step"), text(node, "node"), text(node, "stream"), text(node, "text"));
            case "waiting" -> new RunEvent.Waiting(at, text(node, "step"), text(node, "what"),
                    Duration.ofMillis(node.path("elapsedMs").asLong()));
            case "gate-asked" -> new RunEvent.GateAsked(at, text(node, "step"), new GateRequest(text(node, "step"),
                    text(node, "title"), Optional.ofNullable(node.hasNonNull("typed") ? node.get("typed").asText() : null),
                    list(node.path("whatHappens")), node.path("manual").asBoolean(false)));
            case "gate-answered" -> new RunEvent.GateAnswered(at, text(node, "step"), node.path("accepted").asBoolean(), text(node, "how"));
            case "step-finished" -> new RunEvent.StepFinished(at, text(node, "step"), StepStatus.valueOf(text(node, "status")),
                    text(node, "summary"), Duration.ofMillis(node.path("durationMs").asLong()));
            case "run-finished" -> new RunEvent.RunFinished(at, RunStatus.valueOf(text(node, "status")), text(node, "message"));
            default -> null;
        });
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static List<String> list(JsonNode node) {
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }
}
