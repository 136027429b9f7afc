package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Action;

import java.util.Objects;

/** One endpoint of the admin namespace {@code /_stackbridge/…}: never authenticated, faulted or journaled. */
public record AdminRoute(HandlerType method, String path, Action action) {

    public static final String PREFIX = "/_stackbridge";

    public AdminRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
    }

    public static AdminRoute of(HandlerType method, String path, Action action) {
        return new AdminRoute(method, PREFIX + path, action);
    }
}
