package dev.tortoise.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table, built row by row; numeric columns are right-aligned. */
final class MarkdownTable {

    private final List<String> header;
    private final int leftColumns;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param leftColumns how many leading columns hold text (left-aligned); the rest hold numbers
     */
    MarkdownTable(int leftColumns, String... header) {
        this.header = List.of(header);
        this.leftColumns = leftColumns;
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            out.append(i < leftColumns ? "---|" : "---:|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
