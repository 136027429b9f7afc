package io.stackbridge.adapters.http.server.portal;

/** Where the portal lives on the emulator: the page under {@value #PAGE}, its JSON API under {@value #API} (admin paths, without the admin prefix). */
public final class PortalPaths {

    /** The page, its scripts and styles, as the browser asks for them. */
    public static final String PAGE = io.stackbridge.adapters.support.access.PortalLink.PAGE;

    /** The API the page calls, relative to the admin namespace ({@code /_stackbridge}). */
    public static final String API = "/portal/api";

    private PortalPaths() {
    }
}
