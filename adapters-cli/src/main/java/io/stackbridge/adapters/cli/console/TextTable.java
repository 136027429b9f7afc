package io.stackbridge.adapters.cli.console;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.HashSet;

import java.util.Objects;

/**
 * A table of text for people: headings, then rows, each column as wide as its widest cell, two spaces
 * between columns, the columns named in {@code rightAligned} (numbers) aligned right, no trailing blanks.
 */
public record TextTable(List<String> headings, List<List<String>> rows, Set<Integer> rightAligned) {

    public TextTable {
        Objects.requireNonNull(headings, "headings");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(rightAligned, "rightAligned");
        if (rows.exists(row -> row.size() != headings.size())) {
            throw new IllegalArgumentException("every row has one cell per heading");
        }
    }

    public static TextTable of(List<String> headings) {
        return new TextTable(headings, List.empty(), HashSet.empty());
    }

    public TextTable row(List<String> cells) {
        return new TextTable(headings, rows.append(cells), rightAligned);
    }

    public TextTable rows(List<List<String>> more) {
        return new TextTable(headings, rows.appendAll(more), rightAligned);
    }

    /** The same table with column {@code index} (from 0) aligned right. */
    public TextTable alignRight(int index) {
        return new TextTable(headings, rows, rightAligned.add(index));
    }

    /** The table's lines, headings first. */
    public List<String> lines() {
        List<List<String>> all = rows.prepend(headings);
        List<Integer> widths = List.range(0, headings.size())
                .map(column -> all.map(cells -> cells.get(column).length()).max().getOrElse(0));
        return all.map(cells -> line(cells, widths));
    }

    /** Writes the table's lines to standard output. */
    public void print(ConsoleOutput console) {
        lines().forEach(console::line);
    }

    private String line(List<String> cells, List<Integer> widths) {
        return cells.zipWithIndex()
                .map(cell -> pad(cell._1, widths.get(cell._2), rightAligned.contains(cell._2)))
                .mkString("  ")
                .stripTrailing();
    }

    private static String pad(String cell, int width, boolean right) {
        String padding = " ".repeat(width - cell.length());
        return right ? padding + cell : cell + padding;
    }
}
