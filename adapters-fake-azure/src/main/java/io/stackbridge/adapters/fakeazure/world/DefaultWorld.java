package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.support.world.WorldFile;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The well-known world the fake starts with (resource {@code default-world.json}), and the IDs
 * tests and documentation use. GUIDs read {@code <organisation>-<kind>-4000-8000-<n>}: kind 0001
 * is a tenant, 0002 a subscription, 0003 a client ID, 0004 an object ID.
 */
public final class DefaultWorld {

    /** CSP partner A, whose registrations onboard tenants. */
    public static final PartnerId PARTNER = PartnerId.of("stackbridge-csp");
    /** Another CSP partner, whose customers partner A's registrations must refuse. */
    public static final PartnerId OTHER_PARTNER = PartnerId.of("other-csp");
    public static final TenantId PARTNER_TENANT = TenantId.of("aaaaaaaa-0001-4000-8000-000000000001");
    /** CSP, partner A, in the partner's tenant: where PayAsYouUse registrations live. */
    public static final SubscriptionId REGISTRATION_SUBSCRIPTION = SubscriptionId.of("aaaaaaaa-0002-4000-8000-000000000001");
    /** EA, partner A's tenant: where Capacity and Development registrations live. */
    public static final SubscriptionId EA_REGISTRATION_SUBSCRIPTION = SubscriptionId.of("aaaaaaaa-0002-4000-8000-0000000000ea");
    /** The resource group (in both registration subscriptions) that the registration tooling uses by default. */
    public static final ResourceGroupName RESOURCE_GROUP = ResourceGroupName.of("azurestack");
    public static final String LOCATION = "westcentralus";

    public static final TenantId CONTOSO_TENANT = TenantId.of("c0c0c0c0-0001-4000-8000-000000000001");
    /** CSP customer of partner A: onboarding succeeds. */
    public static final SubscriptionId CONTOSO_SUBSCRIPTION = SubscriptionId.of("c0c0c0c0-0002-4000-8000-000000000001");
    public static final TenantId FABRIKAM_TENANT = TenantId.of("fab0fab0-0001-4000-8000-000000000001");
    /** CSP customer of partner A in a second tenant: onboarding succeeds. */
    public static final SubscriptionId FABRIKAM_SUBSCRIPTION = SubscriptionId.of("fab0fab0-0002-4000-8000-000000000001");
    public static final TenantId OTHER_PARTNER_CUSTOMER_TENANT = TenantId.of("bbbbbbbb-0001-4000-8000-000000000001");
    /** CSP customer of partner B: {@code BadCustomerSubscriptionId} under partner A's registrations. */
    public static final SubscriptionId OTHER_PARTNER_SUBSCRIPTION = SubscriptionId.of("bbbbbbbb-0002-4000-8000-000000000001");
    public static final TenantId EA_CUSTOMER_TENANT = TenantId.of("eaeaeaea-0001-4000-8000-000000000001");
    /** Enterprise Agreement, not CSP: {@code InvalidCSPSubscription}. */
    public static final SubscriptionId EA_CUSTOMER_SUBSCRIPTION = SubscriptionId.of("eaeaeaea-0002-4000-8000-000000000001");
    /** Well formed but deliberately absent from the directory: {@code InvalidCustomerSubscriptionId}. */
    public static final SubscriptionId UNKNOWN_SUBSCRIPTION = SubscriptionId.of("deadbeef-0002-4000-8000-000000000001");

    /** The Azure Bridge's service principal, in the partner tenant. */
    public static final ClientId BRIDGE_CLIENT_ID = ClientId.of("aaaaaaaa-0003-4000-8000-000000000001");
    /** The bridge principal's object ID: the one a stamp's registration token carries. */
    public static final ObjectId BRIDGE_OBJECT_ID = ObjectId.of("aaaaaaaa-0004-4000-8000-000000000001");
    public static final String BRIDGE_SECRET = "stackbridge-dev-secret";
    /** A disabled principal in the partner tenant: {@code DisabledClient}. */
    public static final ClientId DISABLED_CLIENT_ID = ClientId.of("aaaaaaaa-0003-4000-8000-000000000002");
    public static final ObjectId DISABLED_OBJECT_ID = ObjectId.of("aaaaaaaa-0004-4000-8000-000000000002");
    public static final String DISABLED_SECRET = "stackbridge-disabled-secret";

    static final String RESOURCE = "default-world.json";

    private DefaultWorld() {
    }

    /** The world itself, read from its resource the first time it is asked for (reading the IDs above does not parse it). */
    public static World world() {
        return Parsed.WORLD;
    }

    /** Holds the parsed world: initialised by the JVM on first use, once, thread-safely. */
    private static final class Parsed {
        static final World WORLD = load();

        private Parsed() {
        }
    }

    /** A client-credentials request of the bridge principal for the usage resource of {@code endpoints}. */
    public static TokenPort.TokenRequest bridgeTokenRequest(AzureEndpoints endpoints) {
        return new TokenPort.TokenRequest(endpoints.login(), PARTNER_TENANT, BRIDGE_CLIENT_ID, BRIDGE_SECRET,
                endpoints.usageResourceUri() + "/.default");
    }

    /** The resource's text, as a starting point for a world file of one's own. */
    public static String json() {
        try (InputStream in = DefaultWorld.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static World load() {
        return WorldFile.parse(json()).getOrElseThrow(problems ->
                new IllegalStateException(RESOURCE + " is invalid: " + problems.mkString("; ")));
    }
}
