package dev.tortoise.bench;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The backends a test can use here: both SQLite ones always, a server when it answers. With
 * {@code CI=true} a missing server fails the test; otherwise it is left out with a message that
 * says how to start it.
 */
public final class Servers {

    private Servers() {
    }

    /** The usable backend ids, in {@link Backend} order. */
    public static List<String> availableBackends() {
        List<String> backends = new ArrayList<>(List.of(Backend.SQLITE_MEMORY.id(), Backend.SQLITE_FILE.id()));
        for (Backend server : List.of(Backend.POSTGRES, Backend.MYSQL)) {
            if (answers(server)) {
                backends.add(server.id());
            } else if ("true".equals(System.getenv("CI"))) {
                fail(server.id() + " is not answering on " + server.host() + ":" + server.port()
                        + " and CI=true requires it; .ci/run starts the servers");
            } else {
                System.err.println("Leaving out " + server.id() + ": nothing answers on " + server.host() + ":"
                        + server.port() + ". Start it (bash .ci/run does) to benchmark it too.");
            }
        }
        return backends;
    }

    private static boolean answers(Backend server) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.host(), server.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
