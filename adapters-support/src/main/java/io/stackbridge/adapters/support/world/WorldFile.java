package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonSecrets;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;


/**
 * The world file (JSON: {@code subscriptions}, {@code principals}, {@code resourceGroups},
 * {@code registeredProviders} and the optional marketplace catalog {@code products}), read into a {@link World} through the domain's parsers with every
 * problem reported at once by its JSON path, and written back. Members starting with {@code $} are
 * comments. Registered providers only; resource group tags and subscription display names are not
 * part of the format.
 */
public final class WorldFile {

    static final String SUBSCRIPTIONS = "subscriptions";
    static final String PRINCIPALS = "principals";
    static final String RESOURCE_GROUPS = "resourceGroups";
    static final String REGISTERED_PROVIDERS = "registeredProviders";
    static final String PRODUCTS = "products";
    private static final String DOCUMENT = "world";

    private WorldFile() {
    }

    public static Either<Seq<Violation>, World> parse(String json) {
        return JsonTrees.parse(json == null ? "" : json, DOCUMENT, "")
                .<Seq<Violation>>mapLeft(List::of)
                .flatMap(WorldFile::world);
    }

    public static String toJson(World world) {
        return JsonTrees.pretty(tree(world));
    }

    public static ObjectNode tree(World world) {
        ObjectNode root = JsonTrees.object();
        ArrayNode subscriptions = root.putArray(SUBSCRIPTIONS);
        world.subscriptions().forEach(subscription -> WorldEntries.write(subscriptions.addObject(), subscription));
        ArrayNode principals = root.putArray(PRINCIPALS);
        world.principals().forEach(principal -> {
            ObjectNode entry = WorldEntries.write(principals.addObject(), principal).put("secret", principal.secret().value())
                    .put("enabled", principal.enabled()).put("displayName", principal.displayName());
            principal.certificate().forEach(certificate -> entry.put("certificate", certificate.pem()));
        });
        ArrayNode groups = root.putArray(RESOURCE_GROUPS);
        world.resourceGroups().forEach(group -> WorldEntries.write(groups.addObject(), group));
        ArrayNode providers = root.putArray(REGISTERED_PROVIDERS);
        world.providers()
                .filter(provider -> provider.state() == ProviderRegistration.State.Registered)
                .forEach(provider -> WorldEntries.write(providers.addObject(), provider));
        ArrayNode products = root.putArray(PRODUCTS);
        world.products().forEach(product -> ProductEntries.write(products.addObject(), product));
        return root;
    }

    private static Either<Seq<Violation>, World> world(JsonNode root) {
        if (!root.isObject()) {
            return Either.left(List.of(JsonSecrets.hidden(DOCUMENT, ValueType.OBJECT)));
        }
        JsonFields fields = JsonFields.at(root, "");
        var subscriptions = fields.objects(SUBSCRIPTIONS, WorldEntries::subscription);
        var principals = JsonSecrets.objects(fields, PRINCIPALS, WorldEntries::principal);
        var groups = fields.objects(RESOURCE_GROUPS, WorldEntries::resourceGroup);
        var providers = fields.objects(REGISTERED_PROVIDERS, WorldEntries::provider);
        var products = fields.objects(PRODUCTS, ProductEntries::product);
        products.forEach(catalog -> ProductEntries.duplicates(catalog).forEach(fields::report));
        fields.rejectUnknownMembers(List.of(SUBSCRIPTIONS, PRINCIPALS, RESOURCE_GROUPS, REGISTERED_PROVIDERS, PRODUCTS));
        return fields.result(() -> new World(subscriptions.get(), principals.get(), groups.get(), providers.get(), products.get()))
                .toEither();
    }
}
