package io.ironbook.runbook;

/** Runbook YAML for tests: a valid runbook that each malformed case changes in one place. */
final class RunbookTexts {

    static final String VALID = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: demo
            version: 1.2.3
            title: Demo maintenance
            description: Drains and halts {{node}}.
            appliesTo: [kubelet-stopped]
            params:
              - name: node
                type: node
                required: true
              - name: drainTimeout
                type: duration
                default: 5m
              - name: mode
                type: enum
                values: [fast, slow]
                default: fast
            preconditions:
              - nodeExists: "{{node}}"
              - otherControlPlanesReady: true
            steps:
              - id: drain
                title: Drain {{node}}
                kind: kube
                action: drain
                node: "{{node}}"
                with: {ignoreDaemonSets: true, timeout: "{{drainTimeout}}"}
                destructive: true
                gate: confirm
              - id: halt
                kind: ssh
                on: "{{node}}"
                sudo: true
                run: systemctl stop kubelet containerd && shutdown -h now
                expectDisconnect: true
                timeout: 2m
                destructive: true
                gate: {typed: "{{node}}"}
              - id: back
                kind: wait
                for: {nodeReady: "{{node}}", bootIdChanged: "{{node}}"}
                timeout: 30m
              - id: uncordon
                kind: kube
                action: uncordon
                node: "{{node}}"
                onlyIfCordonedByThisRun: true
            """;

    private RunbookTexts() {
    }

    /** {@link #VALID} with one exact piece of text replaced; fails when the piece is not there. */
    static String with(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("not in the valid runbook: " + from);
        }
        return VALID.replace(from, to);
    }
}
