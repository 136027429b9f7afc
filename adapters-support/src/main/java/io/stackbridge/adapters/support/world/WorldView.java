package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;

/**
 * The emulated world as the admin API shows it: the world file's entries, principals without their
 * secrets or certificates (whether a secret is set, and the certificate's thumbprint, instead), every provider registration with its state (under {@code providers}), and the marketplace
 * catalog (under {@code products}).
 */
public final class WorldView {

    /** Whether the principal can sign in with a secret: shown instead of the secret, which is never. */
    public static final String SECRET_SET = "secretSet";

    private WorldView() {
    }

    public static ObjectNode of(World world) {
        ObjectNode root = JsonTrees.object();
        ArrayNode subscriptions = root.putArray(WorldFile.SUBSCRIPTIONS);
        world.subscriptions().forEach(subscription -> WorldEntries.write(subscriptions.addObject(), subscription));
        ArrayNode principals = root.putArray(WorldFile.PRINCIPALS);
        world.principals().forEach(principal -> shown(principals.addObject(), principal));
        ArrayNode groups = root.putArray(WorldFile.RESOURCE_GROUPS);
        world.resourceGroups().forEach(group -> WorldEntries.write(groups.addObject(), group));
        ArrayNode providers = root.putArray("providers");
        world.providers().forEach(provider -> WorldEntries.write(providers.addObject(), provider)
                .put("registrationState", provider.state().name()));
        ArrayNode products = root.putArray(WorldFile.PRODUCTS);
        world.products().forEach(product -> ProductEntries.write(products.addObject(), product));
        return root;
    }

    /** A subscription of the directory. */
    public static ObjectNode of(DirectorySubscription subscription) {
        return WorldEntries.write(JsonTrees.object(), subscription);
    }

    /** A service principal; its secret is never shown. */
    public static ObjectNode of(ServicePrincipal principal) {
        return shown(JsonTrees.object(), principal);
    }

    private static ObjectNode shown(ObjectNode entry, ServicePrincipal principal) {
        WorldEntries.write(entry, principal).put("enabled", principal.enabled()).put(SECRET_SET, principal.secret().usable());
        principal.certificate().forEach(certificate -> entry.put("certificateThumbprint", certificate.sha1Thumbprint()));
        return principal.displayName() == null ? entry : entry.put("displayName", principal.displayName());
    }
}
