package dev.tortoise.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of a database server, for faults a real network has: it forwards bytes
 * both ways ({@link Mode#FORWARD}), or stops answering ({@link Mode#SILENT}: connections are
 * accepted and nothing comes back), or kills a connection in the middle of its commit
 * ({@link Mode#CUT_AFTER_COMMIT}: the client's {@code COMMIT} reaches the server, then the client's
 * side of the connection is closed before the answer comes back, so the server commits and the
 * client cannot know).
 */
final class TcpProxy implements AutoCloseable {

    /** What the proxy does with the bytes. */
    enum Mode { FORWARD, SILENT, CUT_AFTER_COMMIT }

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final String host;
    private final int port;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.FORWARD);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile int cuts;

    TcpProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** The port clients connect to. */
    int port() {
        return listener.getLocalPort();
    }

    void mode(Mode next) {
        mode.set(next);
    }

    /** How many connections were cut during a commit. */
    int cuts() {
        return cuts;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                if (mode.get() == Mode.SILENT) {
                    continue;  // accepted, never answered
                }
                Socket server = new Socket(host, port);
                sockets.add(server);
                Thread.ofVirtual().start(() -> pump(client, server, true));
                Thread.ofVirtual().start(() -> pump(server, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!fromClient && mode.get() == Mode.SILENT) {
                    continue;  // the server's answers are swallowed
                }
                out.write(buffer, 0, n);
                out.flush();
                if (fromClient && mode.get() == Mode.CUT_AFTER_COMMIT && contains(buffer, n, COMMIT)) {
                    cuts++;
                    from.close();  // the client loses its connection; the server has the COMMIT
                    Thread.sleep(300);
                    to.close();
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // one side went away: close the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (buffer[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(TcpProxy::closeQuietly);
    }
}
