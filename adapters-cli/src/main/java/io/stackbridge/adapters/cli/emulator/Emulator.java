package io.stackbridge.adapters.cli.emulator;

import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.control.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started emulator as the CLI and the JUnit extension see it: where it listens, what to trust, tokens, its admin, and stop. */
public final class Emulator {

    /** The scope of a Resource Manager token, as Azure's own clients ask for it. */
    public static final String MANAGEMENT_SCOPE = "https://management.azure.com/.default";

    private final URI url;
    private final Option<URI> httpUrl;
    private final Path caPem;
    private final AzureEndpoints endpoints;
    private final DevPrincipal principal;
    private final IssueAccessTokenUseCase tokens;
    private final EmulatorAdmin admin;
    private final Runnable stopper;
    private final Option<AdminKey> adminKey;
    private final boolean certificateRenewed;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public Emulator(URI url, Option<URI> httpUrl, Path caPem, AzureEndpoints endpoints, DevPrincipal principal,
                    IssueAccessTokenUseCase tokens, EmulatorAdmin admin, Runnable stopper) {
        this(url, httpUrl, caPem, endpoints, principal, tokens, admin, stopper, Option.none());
    }

    /** An emulator whose admin API and portal ask for {@code adminKey} when there is one. */
    public Emulator(URI url, Option<URI> httpUrl, Path caPem, AzureEndpoints endpoints, DevPrincipal principal,
                    IssueAccessTokenUseCase tokens, EmulatorAdmin admin, Runnable stopper, Option<AdminKey> adminKey) {
        this(url, httpUrl, caPem, endpoints, principal, tokens, admin, stopper, adminKey, false);
    }

    private Emulator(URI url, Option<URI> httpUrl, Path caPem, AzureEndpoints endpoints, DevPrincipal principal,
                     IssueAccessTokenUseCase tokens, EmulatorAdmin admin, Runnable stopper, Option<AdminKey> adminKey,
                     boolean certificateRenewed) {
        this.adminKey = Objects.requireNonNull(adminKey, "adminKey");
        this.certificateRenewed = certificateRenewed;
        this.url = Objects.requireNonNull(url, "url");
        this.httpUrl = Objects.requireNonNull(httpUrl, "httpUrl");
        this.caPem = Objects.requireNonNull(caPem, "caPem");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.principal = Objects.requireNonNull(principal, "principal");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.stopper = Objects.requireNonNull(stopper, "stopper");
    }

    /** The HTTPS base URL, e.g. {@code https://127.0.0.1:8443}. */
    public URI url() {
        return url;
    }

    public Option<URI> httpUrl() {
        return httpUrl;
    }

    /** The absolute path of the PEM file clients should trust. */
    public Path caPem() {
        return caPem;
    }

    public DevPrincipal bridgePrincipal() {
        return principal;
    }

    /** The Entra token endpoint of the bridge principal's tenant. */
    public URI tokenUrl() {
        return URI.create(url + "/" + principal.tenantId() + "/oauth2/v2.0/token");
    }

    /** A bearer token of the bridge principal for {@code scope}, signed by this emulator. */
    public String token(String scope) {
        return tokens.issue(new ClientCredentialsGrant(principal.tenantId(), "client_credentials", principal.clientId(),
                        principal.clientSecret(), scope))
                .getOrElseThrow(refused -> new IllegalStateException("the emulator refused a token: " + refused))
                .accessToken();
    }

    /** A bearer token for Resource Manager (registrations, customer subscriptions). */
    public String managementToken() {
        return token(MANAGEMENT_SCOPE);
    }

    /** A bearer token for the usage service (usage pushes). */
    public String usageToken() {
        return token(endpoints.usageResourceUri() + "/.default");
    }

    public AzureEndpoints endpoints() {
        return endpoints;
    }

    /** The key its admin API ({@code /_stackbridge/…}) and portal ask for, or none when they are open. */
    public Option<AdminKey> adminKey() {
        return adminKey;
    }

    /** Whether this start made its kept certificate anew because the names asked for changed: clients must trust the new CA file. */
    public boolean certificateRenewed() {
        return certificateRenewed;
    }

    /** This emulator (not yet stopped), said to have made its certificate anew for new names. */
    public Emulator withCertificateRenewed() {
        return new Emulator(url, httpUrl, caPem, endpoints, principal, tokens, admin, stopper, adminKey, true);
    }

    public EmulatorAdmin admin() {
        return admin;
    }

    /** Back to the initial world: no registrations, approvals, fault rules, journal or clock offset. */
    public void reset() {
        admin.resetEmulator().reset();
    }

    /** Stops serving; later calls do nothing. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            stopper.run();
        }
    }
}
