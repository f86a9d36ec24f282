package dev.tortoise.migrations;

import java.util.List;
import java.util.stream.Collectors;

/** Java source literals for the {@code toString()} of operations, which is the code that makes them. */
final class JavaText {

    private JavaText() {
    }

    /** A Java string literal, or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** {@code List.of("a", "b")}. */
    static String strings(List<String> values) {
        return values.stream().map(JavaText::string).collect(Collectors.joining(", ", "List.of(", ")"));
    }

    /** {@code List.of(List.of("a", "b"), …)}. */
    static String stringLists(List<List<String>> values) {
        return values.stream().map(JavaText::strings).collect(Collectors.joining(", ", "List.of(", ")"));
    }
}
