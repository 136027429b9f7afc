package io.stackbridge.adapters.http.wire;

/**
 * The path templates of the two services beside Resource Manager, written once: Entra ID's token
 * endpoint and the usage service's batch endpoint. The server routes them, the client fills them in;
 * each {@code {name}} stands for one path segment.
 */
public final class ServicePaths {

    public static final String TOKEN = "/{tenant}/oauth2/v2.0/token";
    public static final String TOKEN_V1 = "/{tenant}/oauth2/token";
    public static final String USAGE_BATCH = "/usage/registrations/{cloud}/batches/{batch}";

    private ServicePaths() {
    }
}
