package dev.tortoise.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A password planted in generated configurations, and the test that it never shows: it holds
 * reserved and control characters around runs of random letters and digits (its tokens), and any
 * text that contains one of those runs has leaked (a part of) the password.
 *
 * @param password the password as the configuration holds it (decoded)
 * @param tokens   its runs of eight or more random letters and digits, each unique to this password
 */
record Planted(String password, List<String> tokens) {

    /** Characters that break URLs, JSON, YAML, PRAGMAs and log lines. */
    private static final String HOSTILE = "/?#@:[]%+ &=;,'\"\\\0\t\n\r{}$`|<>*~!éß€\uD83D\uDE00";
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static Planted next(Random random) {
        StringBuilder password = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        int runs = 1 + random.nextInt(3);
        for (int r = 0; r < runs; r++) {
            int hostile = random.nextInt(4);
            for (int i = 0; i < hostile; i++) {
                password.appendCodePoint(HOSTILE.codePointAt(HOSTILE.offsetByCodePoints(0,
                        random.nextInt(HOSTILE.codePointCount(0, HOSTILE.length())))));
            }
            StringBuilder token = new StringBuilder("Pw");
            for (int i = 0; i < 8; i++) {
                token.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
            }
            tokens.add(token.toString());
            password.append(token);
        }
        if (random.nextBoolean()) {
            password.append(HOSTILE.charAt(random.nextInt(10)));
        }
        return new Planted(password.toString(), List.copyOf(tokens));
    }

    /** The first token the text contains, or null: no part of the password shows. */
    String leakIn(CharSequence text) {
        if (text == null) {
            return null;
        }
        String s = text.toString();
        for (String token : tokens) {
            if (s.contains(token)) {
                return token;
            }
        }
        return null;
    }

    /** Everything a caller can see of a failure: its text, its stack trace with every cause and suppressed exception. */
    static String everything(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return failure + "\n" + out;
    }
}
