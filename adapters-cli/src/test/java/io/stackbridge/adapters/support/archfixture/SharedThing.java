package io.stackbridge.adapters.support.archfixture;

/** Shared adapter infrastructure, as adapters-support holds it. */
public final class SharedThing {
}
