/**
 * The built-in simulated bare-metal cluster: node simulators behind real SSH endpoints and their Node
 * objects in a real HTTP Kubernetes API.
 *
 * <p>May import {@code config}. The only user of Apache MINA sshd and fabric8's mock server; it may use
 * fabric8's model and client to drive that server.
 */
package io.ironbook.lab;
