package io.ironbook.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration tests of the gateway against the API server double on 127.0.0.1: a fresh server per test, an
 * admin client to set the scene, and the gateway under test on a kubeconfig naming the server.
 */
abstract class ApiServerTestBase {
    @TempDir
    Path dir;

    ApiServerDouble api;
    KubernetesClient admin;
    Fabric8ClusterGateway gateway;

    @BeforeEach
    void startApiServer() throws Exception {
        api = new ApiServerDouble();
        admin = api.client();
        gateway = Fabric8ClusterGateway.connect(ClusterGatewayIT.settings(api.kubeconfig(dir)));
    }

    @AfterEach
    void stopApiServer() {
        gateway.close();
        admin.close();
        api.close();
    }
}
