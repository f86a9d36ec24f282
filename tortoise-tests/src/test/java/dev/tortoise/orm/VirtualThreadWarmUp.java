package dev.tortoise.orm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

/**
 * Runs, before a pinning recording starts, what the JDK does once per JVM the first time a
 * virtual thread blocks on a socket: initialising {@code sun.nio.ch.Poller}. When several virtual
 * threads meet that first initialisation at once, all but one wait for it pinned ("Waited for
 * initialization of sun.nio.ch.Poller"), a JDK rule that says nothing about our code. One virtual
 * thread that certainly parks on a socket makes it happen here, uncontended; real pins of the
 * code under test are still recorded, since the recording covers every later wait.
 */
final class VirtualThreadWarmUp {
    private VirtualThreadWarmUp() {
    }

    /** Makes one virtual thread park in a socket accept and a socket read, then returns. */
    static void socketPoller() throws InterruptedException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback)) {
            CountDownLatch accepting = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> {
                accepting.countDown();
                try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
                    in.read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            accepting.await();
            Thread.sleep(20); // the reader is parked in accept() by now
            try (Socket client = new Socket(loopback, server.getLocalPort())) {
                Thread.sleep(20); // and now in read()
                client.getOutputStream().write(1);
            }
            reader.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
