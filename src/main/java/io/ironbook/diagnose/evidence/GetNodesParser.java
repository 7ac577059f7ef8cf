package io.ironbook.diagnose.evidence;

import java.util.List;

/**
 * Reads {@code get-nodes.txt}, the table of {@code kubectl get nodes [-o wide]}: one {@code nodeRow}
 * fact per node (the diagnosis keeps the row of the bundle's node). When the table holds a single
 * node, that names the bundle's node.
 */
public final class GetNodesParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        boolean header = false;
        int rows = 0;
        String only = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            List<String> t = PastedText.tokens(line);
            if (t.size() >= 2 && "NAME".equals(t.get(0)) && "STATUS".equals(t.get(1))) {
                header = true;
                continue;
            }
            if (!header || t.size() < 2 || PastedText.isPrompt(line)) {
                continue;
            }
            String status = t.get(1);
            if (!status.matches("(Ready|NotReady|Unknown)(,\\S+)*")) {
                continue;
            }
            rows++;
            only = t.get(0);
            sink.covers("nodeRow");
            sink.add("nodeRow", PastedText.attrs("name", t.get(0), "status", status,
                    "roles", t.size() > 2 ? t.get(2) : "", "version", t.size() > 4 ? t.get(4) : ""),
                    PastedText.at(file, i, line));
        }
        if (rows == 1) {
            sink.node(only, 1);
        }
    }
}
