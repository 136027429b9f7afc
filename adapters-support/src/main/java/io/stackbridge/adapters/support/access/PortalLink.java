package io.stackbridge.adapters.support.access;

/**
 * Where the operator's portal page is served ({@value #PAGE}), one home for the server that serves it
 * and the command line that prints its link; the admin key rides in the link's fragment, which
 * browsers never send to the server.
 */
public final class PortalLink {

    /** The page, its scripts and styles, as the browser asks for them. */
    public static final String PAGE = "/_stackbridge/portal";

    private PortalLink() {
    }

    /** The page on the emulator at {@code base} ({@code https://HOST:PORT}), the key in the fragment. */
    public static String withKey(String base, String revealedKey) {
        return base + PAGE + "/#key=" + revealedKey;
    }
}
