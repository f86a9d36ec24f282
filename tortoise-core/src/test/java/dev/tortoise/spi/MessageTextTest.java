package dev.tortoise.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11: the one renderer of values in messages is bounded, escapes control characters and never throws. */
class MessageTextTest {

    @Test
    void textIsQuotedCutAndEscaped() {
        assertEquals("\"abc\"", MessageText.quote("abc"));
        assertEquals("\"a\\0b\\n\\\"c\\\"\"", MessageText.quote("a\0b\n\"c\""));
        assertEquals("\"" + "x".repeat(60) + "\"… (1000000 chars)", MessageText.quote("x".repeat(1_000_000)));
        assertEquals("\"half \\ud800 pair\"", MessageText.quote("half \uD800 pair"));
        assertEquals("\"emoji \uD83D\uDE00\"", MessageText.quote("emoji \uD83D\uDE00"));
        String cutInPair = "y".repeat(59) + "\uD83D\uDE00" + "z";
        assertTrue(MessageText.quote(cutInPair).startsWith("\"" + "y".repeat(59) + "\"…"), MessageText.quote(cutInPair));
    }

    @Test
    void hugeAndDeepValuesRenderShortAndFast() {
        assertEquals("BigDecimal 1E+100000000",
                assertTimeoutPreemptively(java.time.Duration.ofMillis(500), () -> MessageText.describe(new BigDecimal("1E+100000000"))));
        Object deep = "bottom";
        for (int i = 0; i < 100_000; i++) {
            deep = Map.of("k", deep);
        }
        assertTrue(MessageText.describe(deep).matches("Map\\S* of 1 entries"), MessageText.describe(deep));
        List<Object> selfContaining = new ArrayList<>();
        selfContaining.add(selfContaining);
        assertEquals("ArrayList of 1 elements", MessageText.describe(selfContaining));
        assertEquals("byte[] of 3 bytes", MessageText.describe(new byte[3]));
        assertEquals("int[] of 2 elements", MessageText.describe(new int[2]));
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertTrue(MessageText.describe(throwing).endsWith("that cannot be printed)"), MessageText.describe(throwing));
    }

    @Test
    void secretCredentialsPrintAsStars() {
        assertEquals("***", MessageText.credentialValue("db_password", "hunter2"));
        assertEquals("***", MessageText.credentialValue("PWD", "hunter2"));
        assertEquals("5432", MessageText.credentialValue("port", 5432));
        assertEquals("null", MessageText.credentialValue("password", null));
        assertEquals("localhost", MessageText.credentialValue("host", "localhost"));
    }
}
