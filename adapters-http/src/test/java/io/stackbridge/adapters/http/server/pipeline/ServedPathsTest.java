package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServedPathsTest {

    private static ServedPaths served() {
        RouterConfig router = new RouterConfig();
        router.caseInsensitiveRoutes = true;
        router.ignoreTrailingSlashes = true;
        return ServedPaths.of(LinkedHashMap.of(
                "/subscriptions/{subscriptionId}/registrations/{name}", HashSet.of(HandlerType.GET, HandlerType.PUT),
                "/_stackbridge/journal", HashSet.of(HandlerType.GET)), router);
    }

    @Test
    void a_served_path_gives_the_methods_it_answers() {
        assertThat(served().allowedAt("/subscriptions/abc/registrations/r1").get()).containsExactlyInAnyOrder(HandlerType.GET, HandlerType.PUT);
        assertThat(served().allowedAt("/SUBSCRIPTIONS/abc/Registrations/r1/").get()).containsExactlyInAnyOrder(HandlerType.GET, HandlerType.PUT);
        assertThat(served().allowedAt("/_stackbridge/journal").get()).containsExactly(HandlerType.GET);
    }

    @Test
    void a_path_no_route_serves_gives_none() {
        assertThat(served().allowedAt("/subscriptions/abc/registrations").isEmpty()).isTrue();
        assertThat(served().allowedAt("/nothing/here").isEmpty()).isTrue();
    }
}
