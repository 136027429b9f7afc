package io.stackbridge.adapters.http.server.hostile;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded hostile requests, each one that the emulator must refuse: request {@code n} of seed {@code s}
 * is always the same, whatever the order they are sent in. Each kind spoils one thing of an otherwise
 * valid call (its method, token, content type, body, path or query, or the size of its headers).
 */
final class HostileRequests {

    /** How a kind spoils a call, and how often it is drawn (weights out of their sum). */
    private record Kind(String name, int weight, Function<HostileRequests, Spoiler> make) {
    }

    /** Makes one request of a kind from the request's own random numbers. */
    private interface Spoiler {
        RawRequest make(Random random);
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("wrong-method", 10, requests -> requests.calls::wrongMethod),
            new Kind("bad-token", 12, requests -> requests.calls::badToken),
            new Kind("content-type", 8, requests -> requests.calls::contentType),
            new Kind("bad-json", 12, requests -> requests.calls::badJson),
            new Kind("body-too-large", 1, requests -> requests.calls::bodyTooLarge),
            new Kind("body-length-declared-huge", 2, requests -> requests.calls::bodyDeclaredHuge),
            new Kind("bad-guid", 8, requests -> requests.paths::badGuid),
            new Kind("bad-name", 6, requests -> requests.paths::badName),
            new Kind("odd-unicode", 8, requests -> requests.paths::oddUnicode),
            new Kind("raw-bytes", 4, requests -> requests.paths::rawBytes),
            new Kind("percent-encoding", 6, requests -> requests.paths::percentEncoding),
            new Kind("path-traversal", 6, requests -> requests.paths::traversal),
            new Kind("query", 8, requests -> requests.paths::query),
            new Kind("headers-too-large", 2, requests -> requests.calls::headersTooLarge),
            new Kind("token-endpoint", 4, requests -> requests.calls::tokenEndpoint),
            new Kind("usage-push", 4, requests -> requests.calls::usagePush),
            new Kind("head-missing", 3, requests -> requests.calls::headMissing));
    private static final int TOTAL_WEIGHT = KINDS.stream().mapToInt(Kind::weight).sum();

    private final long seed;
    private final SpoiltCalls calls;
    private final SpoiltPaths paths;

    HostileRequests(long seed, Targets targets) {
        this.seed = seed;
        this.calls = new SpoiltCalls(targets);
        this.paths = new SpoiltPaths(targets);
    }

    static List<String> kinds() {
        return KINDS.stream().map(Kind::name).toList();
    }

    /** Request {@code index} of this seed. */
    RawRequest get(long index) {
        Random random = new Random(seed * 1_000_003L + index);
        int drawn = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : KINDS) {
            drawn -= kind.weight();
            if (drawn < 0) {
                return kind.make().apply(this).make(random);
            }
        }
        throw new IllegalStateException("weights");
    }
}
