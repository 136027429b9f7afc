package io.stackbridge.adapters.fakeazure.archfixture;

/** A fake-azure class that other adapters must not use, except the CLI's wiring. */
public final class FakeThing {
}
