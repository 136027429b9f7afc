package io.stackbridge.adapters.http.archfixture;

/** Breaks rule i: writes to System.out outside the CLI's ConsoleOutput. */
public final class Printer {

    public void print(String line) {
        System.out.println(line);
    }
}
