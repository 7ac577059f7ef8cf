package io.ironbook.remote;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A client of the OpenSSH agent protocol over the agent's Unix socket ({@code SSH_AUTH_SOCK}): lists
 * the identities the agent holds and asks it to sign. Private keys never leave the agent. One socket
 * connection per request; every request has a deadline.
 */
final class SshAgentClient {
    static final int SSH_AGENT_FAILURE = 5;
    static final int SSH_AGENTC_REQUEST_IDENTITIES = 11;
    static final int SSH_AGENT_IDENTITIES_ANSWER = 12;
    static final int SSH_AGENTC_SIGN_REQUEST = 13;
    static final int SSH_AGENT_SIGN_RESPONSE = 14;
    /** Sign with rsa-sha2-512 instead of ssh-rsa (SHA-1). */
    static final int SSH_AGENT_RSA_SHA2_512 = 4;
    private static final int MAX_MESSAGE = 256 * 1024;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ssh-agent-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** One key the agent holds. */
    record Identity(byte[] blob, String comment) {
        String keyType() {
            ByteBuffer buffer = ByteBuffer.wrap(blob);
            return readString(buffer);
        }
    }

    private final Path socket;
    private final Duration timeout;

    SshAgentClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    Path socket() {
        return socket;
    }

    /** The identities the agent offers. */
    List<Identity> identities() throws IOException {
        ByteBuffer reply = request(new byte[] {SSH_AGENTC_REQUEST_IDENTITIES});
        int type = reply.get() & 0xff;
        if (type != SSH_AGENT_IDENTITIES_ANSWER) {
            throw new IOException("ssh-agent answered " + type + " to a request for identities");
        }
        int count = reply.getInt();
        List<Identity> identities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] blob = readBytes(reply);
            String comment = new String(readBytes(reply), StandardCharsets.UTF_8);
            identities.add(new Identity(blob, comment));
        }
        return identities;
    }

    /** The agent's signature (an SSH signature blob: algorithm name and signature) over the data. */
    byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
        ByteBuffer message = ByteBuffer.allocate(1 + 4 + keyBlob.length + 4 + data.length + 4);
        message.put((byte) SSH_AGENTC_SIGN_REQUEST);
        message.putInt(keyBlob.length).put(keyBlob);
        message.putInt(data.length).put(data);
        message.putInt(flags);
        ByteBuffer reply = request(message.array());
        int type = reply.get() & 0xff;
        if (type == SSH_AGENT_FAILURE) {
            throw new IOException("ssh-agent refused to sign");
        }
        if (type != SSH_AGENT_SIGN_RESPONSE) {
            throw new IOException("ssh-agent answered " + type + " to a sign request");
        }
        return readBytes(reply);
    }

    private ByteBuffer request(byte[] body) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> closeQuietly(channel), timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                ByteBuffer out = ByteBuffer.allocate(4 + body.length);
                out.putInt(body.length).put(body).flip();
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                ByteBuffer lengthBuffer = ByteBuffer.allocate(4);
                readFully(channel, lengthBuffer);
                int length = lengthBuffer.flip().getInt();
                if (length <= 0 || length > MAX_MESSAGE) {
                    throw new IOException("ssh-agent sent a message of " + length + " bytes");
                }
                ByteBuffer reply = ByteBuffer.allocate(length);
                readFully(channel, reply);
                return reply.flip();
            } catch (IOException e) {
                if (!channel.isOpen()) {
                    throw new IOException("ssh-agent at " + socket + " did not answer within " + timeout.toSeconds() + "s", e);
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private static void readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("ssh-agent closed the connection");
            }
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing after a deadline: nothing more to do
        }
    }

    private static byte[] readBytes(ByteBuffer buffer) throws IOException {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("malformed ssh-agent message");
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static String readString(ByteBuffer buffer) {
        int length = buffer.getInt();
        byte[] bytes = new byte[Math.max(0, Math.min(length, buffer.remaining()))];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
