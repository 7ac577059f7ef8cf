package io.ironbook.lab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandsDocTest {

    @Test
    void everyCommandTheNodesAnswerIsListedInTheLabGuide() throws Exception {
        String doc = Files.readString(Path.of("docs/lab.md"));
        String section = doc.substring(doc.indexOf("## Commands the nodes answer"), doc.indexOf("## The API"));
        for (String name : Commands.standard().names()) {
            if (!name.equals(":")) {
                assertThat(section).as(name).contains("`" + name);
            }
        }
    }
}
