package io.stackbridge.stray.archfixture;

/** Breaks rule a: a class outside every ring of the onion. */
public final class Stray {
}
