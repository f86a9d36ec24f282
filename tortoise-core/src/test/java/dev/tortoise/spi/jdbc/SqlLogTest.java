package dev.tortoise.spi.jdbc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlLogTest {

    @Test
    void debugShowsBindsAbbreviated() {
        String longText = "x".repeat(100);
        assertEquals("['short', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100 chars), <3 bytes>, null, 42]",
                SqlLog.abbreviated(new Object[]{"short", longText, new byte[3], null, 42}));
    }

    @Test
    void debugShowsAtMostTenBinds() {
        Object[] many = new Object[13];
        java.util.Arrays.fill(many, 1);
        assertEquals("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ... 3 more]", SqlLog.abbreviated(many));
        assertEquals("", SqlLog.abbreviated(new Object[0]));
    }
}
