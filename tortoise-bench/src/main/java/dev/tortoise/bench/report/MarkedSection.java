package dev.tortoise.bench.report;

import java.util.Optional;

/**
 * A part of {@code docs/benchmarks.md} that its own command writes, between two HTML comments, so
 * that the start-up report and the CRUD suite can each rewrite their part and leave the other's
 * exactly as it was.
 */
final class MarkedSection {

    static final String START = "<!-- crud-suite:start -->";
    static final String END = "<!-- crud-suite:end -->";

    private MarkedSection() {
    }

    /** The marked part of the document, markers included, if it has one. */
    static Optional<String> extract(String document) {
        int start = document.indexOf(START);
        int end = document.indexOf(END, Math.max(start, 0));
        if (start < 0 || end < 0) {
            return Optional.empty();
        }
        return Optional.of(document.substring(start, end + END.length()));
    }

    /**
     * The document with its marked part replaced by {@code body} between the markers, or with the
     * marked part appended (after a blank line) when it has none.
     */
    static String splice(String document, String body) {
        String marked = START + "\n" + body.strip() + "\n" + END;
        Optional<String> old = extract(document);
        if (old.isPresent()) {
            int start = document.indexOf(START);
            return document.substring(0, start) + marked + document.substring(start + old.get().length());
        }
        String head = document.stripTrailing();
        return (head.isEmpty() ? "" : head + "\n\n") + marked + "\n";
    }

    /** {@code fresh} with the marked part of {@code previous} carried over, if {@code previous} has one. */
    static String keep(String previous, String fresh) {
        return extract(previous).map(part -> splice(fresh, part.substring(START.length(),
                part.length() - END.length()))).orElse(fresh);
    }
}
