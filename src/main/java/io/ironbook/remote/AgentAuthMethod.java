package io.ironbook.remote;

import java.io.IOException;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * Public-key authentication with a key held by ssh-agent: the request carries the agent's signature
 * over the session id and the request, so the private key is never read. RSA keys sign with
 * {@code rsa-sha2-512}.
 */
final class AgentAuthMethod extends AbstractAuthMethod {
    private final SshAgentClient agent;
    private final SshAgentClient.Identity identity;

    AgentAuthMethod(SshAgentClient agent, SshAgentClient.Identity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        String keyType = identity.keyType();
        boolean rsa = keyType.equals("ssh-rsa");
        String algorithm = rsa ? "rsa-sha2-512" : keyType;
        SSHPacket request = super.buildReq()
                .putBoolean(true)
                .putString(algorithm)
                .putString(identity.blob());
        byte[] signed = new Buffer.PlainBuffer()
                .putString(params.getTransport().getSessionID())
                .putBuffer(request)
                .getCompactData();
        try {
            byte[] signature = agent.sign(identity.blob(), signed, rsa ? SshAgentClient.SSH_AGENT_RSA_SHA2_512 : 0);
            return request.putString(signature);
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent could not sign with " + identity.comment() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "agent key " + keyTypeOrUnknown() + " " + identity.comment();
    }

    private String keyTypeOrUnknown() {
        try {
            return identity.keyType();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
