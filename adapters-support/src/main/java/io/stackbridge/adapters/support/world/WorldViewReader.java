package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads back what {@link WorldView} writes: the world as the admin API shows it. Principals come
 * without their secrets, so each gets an empty one that matches nothing; providers keep the
 * registration state shown.
 */
public final class WorldViewReader {

    private WorldViewReader() {
    }

    public static Either<Seq<Violation>, World> read(JsonNode view) {
        JsonFields fields = JsonFields.root(view);
        var subscriptions = fields.objects(WorldFile.SUBSCRIPTIONS, WorldEntries::subscription);
        var principals = fields.objects(WorldFile.PRINCIPALS, WorldViewReader::principal);
        var groups = fields.objects(WorldFile.RESOURCE_GROUPS, WorldEntries::resourceGroup);
        var providers = fields.objects("providers", WorldViewReader::provider);
        var products = fields.objects(WorldFile.PRODUCTS, ProductEntries::product);
        return fields.result(() -> new World(subscriptions.get(), principals.get(), groups.get(), providers.get(), products.get()))
                .toEither();
    }

    /** A principal's names and state; members this reader does not know (added later) are left alone. */
    private static Option<ServicePrincipal> principal(JsonFields f) {
        var tenant = f.parsed("tenantId", TenantId::parse);
        var client = f.parsed("clientId", ClientId::parse);
        var object = f.parsed("objectId", ObjectId::parse);
        var enabled = f.bool("enabled", true);
        var display = f.text("displayName");
        return tenant.isEmpty() || client.isEmpty() || object.isEmpty() || enabled.isEmpty() ? Option.none()
                : Option.some(new ServicePrincipal(tenant.get(), client.get(), object.get(), new ClientSecret(""), enabled.get(),
                        display.getOrElse("")));
    }

    private static Option<ProviderRegistration> provider(JsonFields f) {
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var namespace = f.filledText("namespace");
        var state = f.text("registrationState").map(text -> "Registered".equalsIgnoreCase(text)
                ? ProviderRegistration.State.Registered : ProviderRegistration.State.NotRegistered);
        return subscription.isEmpty() || namespace.isEmpty() ? Option.none()
                : Option.some(new ProviderRegistration(subscription.get(), namespace.get().trim(),
                        state.getOrElse(ProviderRegistration.State.Registered)));
    }
}
