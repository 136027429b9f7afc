package io.stackbridge.adapters.cli.demo;

/**
 * What the demo needs from the composition root besides emulators, stamps and the terminal's ports to
 * an Azure: the well-known world it plays in.
 */
public interface DemoGround {

    DemoCast cast();
}
