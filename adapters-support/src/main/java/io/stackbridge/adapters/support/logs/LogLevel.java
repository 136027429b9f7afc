package io.stackbridge.adapters.support.logs;

/** How much a role's line matters: what happened, what went wrong but may pass, what failed. */
public enum LogLevel {
    INFO,
    WARN,
    ERROR
}
