/**
 * Everything the console knows about and does through the Kubernetes API: {@code ClusterGateway},
 * node summaries, watch-backed node store, cordon, drain and waits.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package. The only user of fabric8's client (the lab
 * also uses fabric8's mock server).
 */
package io.ironbook.cluster;
