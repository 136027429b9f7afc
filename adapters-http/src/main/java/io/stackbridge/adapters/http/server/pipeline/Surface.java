package io.stackbridge.adapters.http.server.pipeline;

/** Which face of Azure a route belongs to, which decides api-versions, authentication and the error body. */
public enum Surface {
    /** {@code Microsoft.AzureStack} Resource Manager paths: AzureStack api-versions, bearer token, ARM envelope. */
    AZURE_STACK,
    /** {@code Microsoft.Resources} paths (resource groups, providers): Resources api-versions, bearer token, ARM envelope. */
    RESOURCES,
    /** The Entra ID token endpoint: no api-version, no bearer token, OAuth error bodies. */
    TOKEN,
    /** The usage service: no api-version; the use case checks the bearer token; ARM envelope. */
    USAGE,
    /** The stamp's local usage APIs: the use case checks the api-version ({@code NoApiVersion}); bearer token; ARM envelope. */
    LOCAL_USAGE,
    /** The marketplace's package files: no api-version, no token (the address is the credential, as a SAS URI is); ARM envelope. */
    PACKAGES
}
