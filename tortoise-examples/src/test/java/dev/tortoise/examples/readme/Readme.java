package dev.tortoise.examples.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of the project's README, each with the marker comment written on the
 * line before it, if any: {@code <!-- file: src/main/java/... -->} (a whole source file),
 * {@code <!-- pom: dependencies -->} (a part of a user's {@code pom.xml}),
 * {@code <!-- snippet: members -->} (class members) or {@code <!-- snippet: not compiled ... -->}.
 * A Java block without a marker is a fragment of statements.
 */
record Readme(List<Block> blocks) {

    /** One fenced block: its language, the marker before it (or null) and its text. */
    record Block(String language, String marker, String text, int line) {
        boolean isJava() {
            return language.equals("java");
        }

        /** The value of a marker of the given kind ({@code file}, {@code pom}, {@code snippet}), or null. */
        String marker(String kind) {
            return marker != null && marker.startsWith(kind + ":") ? marker.substring(kind.length() + 1).strip() : null;
        }
    }

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*(.*?)\\s*-->$");

    /** The README at the given path. */
    static Readme read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            String language = line.substring(3).strip();
            String marker = null;
            if (i > 0) {
                Matcher m = MARKER.matcher(lines.get(i - 1).strip());
                if (m.matches()) {
                    marker = m.group(1);
                }
            }
            StringBuilder text = new StringBuilder();
            int start = i + 1;
            for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(language, marker, text.toString(), start));
        }
        return new Readme(List.copyOf(blocks));
    }

    /** The README of this repository; the build passes its path as {@code tortoise.readme}. */
    static Readme ofProject() throws IOException {
        return read(Path.of(System.getProperty("tortoise.readme", "../README.md")));
    }

    /** The blocks with a marker of that kind. */
    List<Block> marked(String kind) {
        return blocks.stream().filter(b -> b.marker(kind) != null).toList();
    }

    /** The one block whose marker is {@code kind: value}. */
    Block one(String kind, String value) {
        List<Block> found = blocks.stream().filter(b -> value.equals(b.marker(kind))).toList();
        if (found.size() != 1) {
            throw new AssertionError("README: expected one block marked <!-- " + kind + ": " + value + " -->, found "
                    + found.size());
        }
        return found.getFirst();
    }
}
