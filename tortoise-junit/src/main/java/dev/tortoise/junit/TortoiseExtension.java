package dev.tortoise.junit;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.IntegrityException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extension behind {@link TortoiseTest}; not meant to be registered by hand.
 *
 * <p>Each database is a {@link Database} kept in JUnit's store of the class (scope
 * {@code CLASS}) or of the test (scope {@code METHOD}), closed and dropped when that context ends.
 * The rollback mode runs the test method's invocation as the block of
 * {@link Tortoise#inTransaction(dev.tortoise.Block)} and throws a private signal at its end, so
 * the transaction is rolled back however the test ends: the test's thread is the one the
 * transaction is bound to, and no hook in core is needed.
 */
public final class TortoiseExtension implements BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TortoiseExtension.class);
    private static final String DATABASE = "database";

    // No afterAll/afterEach dropping: JUnit closes a store's AutoCloseable values (the Database) when
    // the context that holds them ends, after its @AfterAll or @AfterEach methods.

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).scope() == Scope.CLASS) {
            context.getStore(NAMESPACE).put(DATABASE, Database.open(settings(context)));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).scope() == Scope.METHOD) {
            context.getStore(NAMESPACE).put(DATABASE, Database.open(settings(context)));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings(context).cleanup() == Cleanup.TRUNCATE) {
            truncate(database(context).tortoise());
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        proceed(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        proceed(invocation, context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Tortoise.class || type == SqlCapture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == SqlCapture.class) {
            SqlCapture capture = SqlCapture.start();
            context.getStore(NAMESPACE).put(parameter.getParameter().toString() + "@" + System.identityHashCode(capture),
                    (AutoCloseable) capture::close);
            return capture;
        }
        Database database = context.getStore(NAMESPACE).get(DATABASE, Database.class);
        if (database == null) {
            throw new ParameterResolutionException("No Tortoise database exists for " + parameter.getDeclaringExecutable()
                    + ": with scope = METHOD the database is made per test, so a @BeforeAll method or a constructor"
                    + " cannot receive one; use scope = CLASS or take Tortoise in @BeforeEach and the tests");
        }
        return database.tortoise();
    }

    private void proceed(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        if (settings(context).cleanup() != Cleanup.ROLLBACK) {
            invocation.proceed();
            return;
        }
        Tortoise tortoise = database(context).tortoise();
        String alias = tortoise.connections().keySet().iterator().next();
        try {
            tortoise.inTransaction(alias, () -> {
                try {
                    invocation.proceed();
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable other) {
                    throw new Carrier(other);
                }
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // the test passed; its transaction is rolled back
        } catch (Carrier carrier) {
            throw carrier.getCause();
        }
    }

    /** Deletes every row of every model, retrying those that foreign keys of rows not yet deleted hold. */
    static void truncate(Tortoise tortoise) {
        List<Class<? extends Model>> left = new ArrayList<>();
        tortoise.apps().values().forEach(left::addAll);
        for (int round = 0; !left.isEmpty(); round++) {
            List<Class<? extends Model>> blocked = new ArrayList<>();
            IntegrityException last = null;
            for (Class<? extends Model> model : left) {
                try {
                    Manager.of(model).all().delete();
                } catch (IntegrityException e) {
                    blocked.add(model);
                    last = e;
                }
            }
            if (blocked.size() == left.size() || round > left.size()) {
                throw new IllegalStateException("Could not delete the rows of " + blocked + " after a test: " + last.getMessage(), last);
            }
            left = blocked;
        }
    }

    private static Database database(ExtensionContext context) {
        Database database = context.getStore(NAMESPACE).get(DATABASE, Database.class);
        if (database == null) {
            throw new ExtensionConfigurationException("@TortoiseTest: no database is open for " + context.getDisplayName());
        }
        return database;
    }

    private static TortoiseTest settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> org.junit.platform.commons.support.AnnotationSupport.findAnnotation(type, TortoiseTest.class))
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "TortoiseExtension is registered by @TortoiseTest on the test class; " + context.getDisplayName()
                                + " has none"));
    }

    /** One test database: its Tortoise, closed (and the database dropped) when its JUnit context ends. */
    record Database(Tortoise tortoise, TestDatabaseUrl url) implements AutoCloseable {

        static Database open(TortoiseTest test) {
            Map<String, List<String>> apps = apps(test);
            TestDatabaseUrl url = TestDatabaseUrl.of(test);
            TortoiseConfig config = TortoiseConfig.fromDbUrl(url.url(), apps).toBuilder().createDb(url.onServer()).build();
            Tortoise tortoise = Tortoise.init(config);
            try {
                tortoise.generateSchemas();
            } catch (RuntimeException e) {
                try {
                    new Database(tortoise, url).close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return new Database(tortoise, url);
        }

        @Override
        public void close() {
            if (url.inMemory()) {
                tortoise.close();
            } else if (!tortoise.isClosed()) {
                tortoise.dropDatabases();
            }
        }

        private static Map<String, List<String>> apps(TortoiseTest test) {
            Map<String, List<String>> apps = new LinkedHashMap<>();
            if (test.modules().length > 0) {
                apps.put(test.app(), List.of(test.modules()));
            }
            for (String app : test.apps()) {
                int eq = app.indexOf('=');
                if (eq <= 0) {
                    throw new ExtensionConfigurationException("@TortoiseTest(apps = \"" + app + "\"): write each app as"
                            + " \"label=module1,module2\"");
                }
                apps.put(app.substring(0, eq).strip(), Arrays.stream(app.substring(eq + 1).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
            if (apps.isEmpty()) {
                throw new ExtensionConfigurationException("@TortoiseTest names no models: give modules = {...} or apps = {...}");
            }
            return apps;
        }
    }

    /** Thrown at the end of a passing test so that its transaction rolls back. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super("roll back the test's transaction", null, false, false);
        }
    }

    /** Carries a throwable that is neither an Exception nor an Error through the block. */
    private static final class Carrier extends RuntimeException {
        Carrier(Throwable cause) {
            super(cause);
        }
    }
}
