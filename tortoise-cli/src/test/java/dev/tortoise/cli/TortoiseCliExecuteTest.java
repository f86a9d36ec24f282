package dev.tortoise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@link TortoiseCli#execute}, the entry of hosts such as the Maven plugin: failures thrown, not printed. */
class TortoiseCliExecuteTest {

    @Test
    void aFailureIsThrownAsTheCommandThrewIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseCli.execute(
                new String[] {"-c", "no.such.Settings#TORTOISE_ORM", "history"}, new PrintWriter(out), new PrintWriter(err)));
        assertTrue(e.getMessage().contains("no.such.Settings is not on the class path"), e.getMessage());
        assertEquals("", err.toString());
    }

    @Test
    void resultsGoToOutAndUsageErrorsReturnTwo() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, TortoiseCli.execute(new String[] {"--version"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter())));
        assertEquals("Tortoise for Java 0.1.0", out.toString().strip());
        StringWriter err = new StringWriter();
        assertEquals(2, TortoiseCli.execute(new String[] {"no-such-command"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true)));
        assertTrue(err.toString().contains("no-such-command"), err.toString());
    }
}
