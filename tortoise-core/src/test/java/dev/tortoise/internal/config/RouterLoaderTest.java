package dev.tortoise.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.exceptions.ConfigurationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterLoaderTest {

    /** Sends everything to "replica" for reads. */
    public static final class ReadReplicaRouter implements Router {
        @Override
        public String dbForRead(Class<? extends Model> model) {
            return "replica";
        }
    }

    /** Not a router. */
    public static final class NotARouter {
    }

    /** A router without a usable constructor. */
    public static final class NeedsArgument implements Router {
        public NeedsArgument(String name) {
        }
    }

    /** A router whose constructor fails. */
    public static final class Failing implements Router {
        public Failing() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void loadsInstancesClassesAndNamesInOrder() {
        Router instance = new Router() { };
        List<Router> routers = RouterLoader.load(List.of(instance, ReadReplicaRouter.class,
                ReadReplicaRouter.class.getName(), "dev.tortoise.internal.config.RouterLoaderTest.ReadReplicaRouter"));
        assertEquals(4, routers.size());
        assertSame(instance, routers.get(0));
        assertInstanceOf(ReadReplicaRouter.class, routers.get(1));
        assertInstanceOf(ReadReplicaRouter.class, routers.get(2));
        assertInstanceOf(ReadReplicaRouter.class, routers.get(3));
        assertEquals("replica", routers.get(1).dbForRead(Model.class));
        assertEquals(null, routers.get(0).dbForWrite(Model.class));
    }

    @Test
    void errorsKeepUpstreamsWording() {
        assertEquals("Can't import router from `com.example.Missing`: no such class (give its fully qualified name,"
                        + " e.g. com.example.PrimaryReplicaRouter)",
                assertThrows(ConfigurationException.class, () -> RouterLoader.load(List.of("com.example.Missing")))
                        .getMessage());
        assertTrue(assertThrows(ConfigurationException.class,
                () -> RouterLoader.load(List.of(NotARouter.class.getName()))).getMessage()
                .endsWith("does not implement dev.tortoise.Router"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> RouterLoader.load(List.of(NeedsArgument.class.getName()))).getMessage()
                .contains("needs a public no-argument constructor"));
        ConfigurationException failing = assertThrows(ConfigurationException.class,
                () -> RouterLoader.load(List.of(Failing.class)));
        assertTrue(failing.getMessage().startsWith("Can't import router from `" + Failing.class.getName()
                + "`: its constructor threw java.lang.IllegalStateException: boom"), failing.getMessage());
        assertInstanceOf(IllegalStateException.class, failing.getCause());
        assertEquals("Router must be a Router instance, a Router class or a class name, got null at routers[1]",
                assertThrows(ConfigurationException.class,
                        () -> RouterLoader.load(Arrays.asList("x.Y", null))).getMessage());
    }
}
