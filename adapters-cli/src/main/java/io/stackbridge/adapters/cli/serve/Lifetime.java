package io.stackbridge.adapters.cli.serve;

/** How long {@code serve} keeps a started emulator up; {@code stop} is what ends it. */
public interface Lifetime {

    void holdUntilStopped(Runnable stop);
}
