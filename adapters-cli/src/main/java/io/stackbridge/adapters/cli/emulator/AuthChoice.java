package io.stackbridge.adapters.cli.emulator;

/** How strictly the emulator checks bearer tokens, as {@code --auth} spells it (any case). */
public enum AuthChoice {
    /** Tokens the emulator issued: signature, audience and expiry checked (the default). */
    STRICT,
    /** Any well-formed JWT for a management audience that has not expired; no signature check. */
    BASIC,
    /** No check at all. */
    OFF
}
