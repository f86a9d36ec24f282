package dev.tortoise.junit;

import dev.tortoise.junit.shop.Shop.Author;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A test that fails (an assertion, a checked exception) is rolled back too: a fixture class is run
 * through the JUnit launcher and the tests after the failing ones find no rows.
 */
class RollbackOnFailureTest {

    private static final String RUN_FIXTURE = "tortoise.junit.fixture";

    @Test
    void failingTestsAreRolledBack() {
        System.setProperty(RUN_FIXTURE, "true");
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(Fixture.class)).build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, listener);
        } finally {
            System.clearProperty(RUN_FIXTURE);
        }
        TestExecutionSummary summary = listener.getSummary();
        assertEquals(2, summary.getTestsFailedCount(), () -> failures(summary));
        assertEquals(1, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(0L, Fixture.authorsSeenAfterTheFailures);
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.getFailures().forEach(f -> text.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return text.toString();
    }

    /** Runs only when launched by the test above. */
    @EnabledIfSystemProperty(named = RUN_FIXTURE, matches = "true")
    @TortoiseTest(modules = "dev.tortoise.junit.shop.Shop")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Fixture {
        static long authorsSeenAfterTheFailures = -1;

        @Test
        @Order(1)
        void failsAnAssertion() {
            Author.objects.create(a -> a.name = "Ann");
            fail("on purpose");
        }

        @Test
        @Order(2)
        void throwsACheckedException() throws IOException {
            Author.objects.create(a -> a.name = "Bob");
            throw new IOException("on purpose");
        }

        @Test
        @Order(3)
        void findsNoRows() {
            authorsSeenAfterTheFailures = Author.objects.count();
        }
    }
}
