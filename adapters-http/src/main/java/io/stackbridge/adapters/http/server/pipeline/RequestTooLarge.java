package io.stackbridge.adapters.http.server.pipeline;

/** A request body beyond the configured limit; the pipeline answers 413 in the ARM envelope. */
public final class RequestTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public RequestTooLarge(long limit) {
        super("request body larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
