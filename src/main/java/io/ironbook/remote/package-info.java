/**
 * Everything SSH: {@code RemoteShell}, target resolution from inventories and ssh_config, host-key
 * policy, agent authentication, command streaming and fan-out.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package. The only user of sshj and BouncyCastle.
 */
package io.ironbook.remote;
