package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The api-versions each Resource Manager surface serves. {@code Microsoft.AzureStack}: the two stable
 * versions its clients use, and the 2020-06-01 preview (every operation of that surface is in it; linked
 * subscriptions are served in that preview only). {@code Microsoft.Resources} (resource groups, providers): the published stable
 * versions of resources.json from 2014-04-01 to 2025-04-01, which covers every version the Azure
 * SDK for Java ({@code azure-resourcemanager-resources} 2.x, up to 2025-04-01) sends.
 */
public final class ApiVersions {

    public static final List<String> AZURE_STACK = List.of("2017-06-01", "2020-06-01-preview", "2022-06-01");
    /** The preview that alone has linked subscriptions. */
    public static final List<String> AZURE_STACK_PREVIEW = List.of("2020-06-01-preview");
    public static final List<String> RESOURCES = List.of(
            "2014-04-01", "2015-01-01", "2015-11-01", "2016-02-01", "2016-07-01", "2016-09-01", "2017-05-10",
            "2018-02-01", "2018-05-01", "2019-03-01", "2019-05-01", "2019-05-10", "2019-07-01", "2019-08-01",
            "2019-10-01", "2020-06-01", "2020-08-01", "2020-10-01", "2021-01-01", "2021-04-01", "2022-09-01",
            "2023-07-01", "2024-03-01", "2024-07-01", "2024-11-01", "2025-03-01", "2025-04-01");
    private static final HashSet<String> AZURE_STACK_SET = HashSet.ofAll(AZURE_STACK);
    private static final HashSet<String> RESOURCES_SET = HashSet.ofAll(RESOURCES);

    private ApiVersions() {
    }

    /** The api-version of a call on {@code route}: the route's own versions when it names them, else its surface's. */
    public static Either<DomainError, Option<String>> check(Route route, Option<String> given) {
        return route.apiVersions().isEmpty()
                ? check(route.surface(), given, route.apiVersionOptional())
                : check(route.apiVersions(), HashSet.ofAll(route.apiVersions()), given, route.apiVersionOptional());
    }

    /** The api-version of a call on {@code surface}: required and known on Resource Manager surfaces, ignored elsewhere. */
    public static Either<DomainError, Option<String>> check(Surface surface, Option<String> given, boolean optional) {
        List<String> served = surface == Surface.AZURE_STACK ? AZURE_STACK : surface == Surface.RESOURCES ? RESOURCES : List.empty();
        return check(served, surface == Surface.AZURE_STACK ? AZURE_STACK_SET : RESOURCES_SET, given, optional);
    }

    private static Either<DomainError, Option<String>> check(List<String> served, HashSet<String> known, Option<String> given,
                                                             boolean optional) {
        if (served.isEmpty() || (optional && given.isEmpty())) {
            return Either.right(given);
        }
        if (given.isEmpty() || given.get().isBlank()) {
            return Either.left(new ArmError.MissingApiVersionParameter(served.mkString(", ")));
        }
        String version = given.get().strip();
        return known.contains(version)
                ? Either.right(Option.some(version))
                : Either.left(new ArmError.InvalidApiVersionParameter(Excerpt.of(given.get()), served.mkString(", ")));
    }
}
