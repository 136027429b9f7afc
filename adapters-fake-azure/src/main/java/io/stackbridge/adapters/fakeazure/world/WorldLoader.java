package io.stackbridge.adapters.fakeazure.world;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.json.JsonFields;
import io.stackbridge.adapters.fakeazure.json.JsonTrees;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads a world file (JSON: {@code subscriptions}, {@code principals}, {@code resourceGroups},
 * {@code registeredProviders}) into a {@link World}, through the domain's parsers, reporting every
 * problem at once with its JSON path. Members starting with {@code $} are comments.
 */
public final class WorldLoader {

    static final String SUBSCRIPTIONS = "subscriptions";
    static final String PRINCIPALS = "principals";
    static final String RESOURCE_GROUPS = "resourceGroups";
    static final String REGISTERED_PROVIDERS = "registeredProviders";
    private static final String DOCUMENT = "world";

    private WorldLoader() {
    }

    public static Either<Seq<Violation>, World> parse(String json) {
        String text = json == null ? "" : json;
        return JsonTrees.parse(text.getBytes(StandardCharsets.UTF_8), DOCUMENT, "")
                .<Seq<Violation>>mapLeft(List::of)
                .flatMap(WorldLoader::world);
    }

    private static Either<Seq<Violation>, World> world(JsonNode root) {
        if (!root.isObject()) {
            return Either.left(List.of(Violation.of(DOCUMENT, JsonTrees.excerpt(root), Rule.WRONG_TYPE, JsonFields.AN_OBJECT)));
        }
        JsonFields fields = new JsonFields(root, "");
        var subscriptions = array(fields, SUBSCRIPTIONS, WorldEntries::subscription);
        var principals = array(fields, PRINCIPALS, WorldEntries::principal);
        var groups = array(fields, RESOURCE_GROUPS, WorldEntries::resourceGroup);
        var providers = array(fields, REGISTERED_PROVIDERS, WorldEntries::provider);
        Seq<Violation> problems = JsonFields.problems(subscriptions, principals, groups, providers)
                .appendAll(fields.unknownMembers(List.of(SUBSCRIPTIONS, PRINCIPALS, RESOURCE_GROUPS, REGISTERED_PROVIDERS)));
        return problems.isEmpty()
                ? Either.right(new World(subscriptions.get(), principals.get(), groups.get(), providers.get()))
                : Either.left(problems);
    }

    /** An optional array of objects, each read by {@code entry} with its index in the path. */
    private static <T> Validation<Seq<Violation>, List<T>> array(
            JsonFields parent, String name, Function<JsonFields, Validation<Seq<Violation>, T>> entry) {
        if (parent.member(name).isEmpty()) {
            return Validation.valid(List.empty());
        }
        JsonNode items = parent.member(name).get();
        if (!items.isArray()) {
            return Violation.invalid(name, JsonTrees.excerpt(items), Rule.WRONG_TYPE, JsonFields.AN_ARRAY_OF_OBJECTS);
        }
        List<Validation<Seq<Violation>, T>> read = List.range(0, items.size()).map(index -> {
            String path = name + "[" + index + "]";
            JsonNode item = items.get(index);
            return item.isObject()
                    ? entry.apply(new JsonFields(item, path))
                    : Violation.<T>invalid(path, JsonTrees.excerpt(item), Rule.WRONG_TYPE, JsonFields.AN_OBJECT);
        });
        Seq<Violation> problems = read.flatMap(item -> item.isInvalid() ? item.getError() : List.empty());
        return problems.isEmpty() ? Validation.valid(read.map(Validation::get)) : Validation.invalid(problems);
    }
}
