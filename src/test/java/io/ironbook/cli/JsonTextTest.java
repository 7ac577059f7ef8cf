package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesJsonThatAParserReadsBack() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "worker-1");
        map.put("message", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        map.put("ready", true);
        map.put("pods", 12);
        map.put("missing", null);
        map.put("roles", List.of("control-plane", "etcd"));
        map.put("empty", List.of());
        map.put("nested", Map.of("a", Arrays.asList(1, null)));

        String json = JsonText.write(Map.of("nodes", List.of(map)));
        JsonNode tree = new ObjectMapper().readTree(json);

        JsonNode node = tree.get("nodes").get(0);
        assertThat(node.get("message").asText()).isEqualTo(map.get("message"));
        assertThat(node.get("ready").asBoolean()).isTrue();
        assertThat(node.get("pods").asInt()).isEqualTo(12);
        assertThat(node.get("missing").isNull()).isTrue();
        assertThat(node.get("roles").get(1).asText()).isEqualTo("etcd");
        assertThat(node.get("empty").isEmpty()).isTrue();
        assertThat(json).contains("\n      \"name\": \"worker-1\",\n");
    }
}
