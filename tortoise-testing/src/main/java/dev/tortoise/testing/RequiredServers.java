package dev.tortoise.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates {@link RequiresPostgres}, {@link RequiresPostgresReplica} and {@link RequiresMysql}: a test whose server answers runs;
 * otherwise it is skipped with a message saying how to start the server, or, when the environment
 * has {@code CI=true}, it fails with that message.
 */
public final class RequiredServers implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<TestServer> needed = new ArrayList<>();
        context.getElement().ifPresent(element -> collect(element, needed));
        context.getTestClass().ifPresent(type -> collect(type, needed));
        for (TestServer server : needed) {
            if (!server.isReachable()) {
                if (TestServer.isCi()) {
                    throw new ServerMissingException(server.missingMessage());
                }
                return ConditionEvaluationResult.disabled(server.missingMessage());
            }
        }
        return ConditionEvaluationResult.enabled(needed.isEmpty() ? "no server needed" : "servers reachable: " + needed);
    }

    /**
     * Checks one server from inside a test or fixture: returns when it is reachable, aborts the
     * test (skipped) when not, or fails it when {@code CI=true}.
     */
    public static void require(TestServer server) {
        if (server.isReachable()) {
            return;
        }
        if (TestServer.isCi()) {
            throw new ServerMissingException(server.missingMessage());
        }
        Assumptions.abort(server.missingMessage());
    }

    private static void collect(AnnotatedElement element, List<TestServer> needed) {
        if (AnnotationSupport.isAnnotated(element, RequiresPostgres.class) && !needed.contains(TestServer.POSTGRES)) {
            needed.add(TestServer.POSTGRES);
        }
        if (AnnotationSupport.isAnnotated(element, RequiresPostgresReplica.class)) {
            for (TestServer server : List.of(TestServer.POSTGRES, TestServer.POSTGRES_REPLICA)) {
                if (!needed.contains(server)) {
                    needed.add(server);
                }
            }
        }
        if (AnnotationSupport.isAnnotated(element, RequiresMysql.class) && !needed.contains(TestServer.MYSQL)) {
            needed.add(TestServer.MYSQL);
        }
    }
}
