package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.hostile.Targets.Endpoint;
import io.stackbridge.adapters.http.server.usage.MsDate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static io.stackbridge.adapters.http.server.hostile.Oddities.pick;

/**
 * Seeded hostile requests, each one that the emulator must refuse: request {@code n} of seed {@code s}
 * is always the same, whatever the order they are sent in. Each kind spoils one thing of an otherwise
 * valid call (its method, token, content type, body, path or query, or the size of its headers).
 */
final class HostileRequests {

    /** How a kind spoils a call, and how often it is drawn (weights out of their sum). */
    private record Kind(String name, int weight, BiFunction<HostileRequests, Random, RawRequest> make) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("wrong-method", 10, HostileRequests::wrongMethod),
            new Kind("bad-token", 12, HostileRequests::badToken),
            new Kind("content-type", 8, HostileRequests::contentType),
            new Kind("bad-json", 12, HostileRequests::badJson),
            new Kind("body-too-large", 1, HostileRequests::bodyTooLarge),
            new Kind("body-length-declared-huge", 2, HostileRequests::bodyDeclaredHuge),
            new Kind("bad-guid", 8, HostileRequests::badGuid),
            new Kind("bad-name", 6, HostileRequests::badName),
            new Kind("odd-unicode", 8, HostileRequests::oddUnicode),
            new Kind("raw-bytes", 4, HostileRequests::rawBytes),
            new Kind("percent-encoding", 6, HostileRequests::percentEncoding),
            new Kind("path-traversal", 6, HostileRequests::traversal),
            new Kind("query", 8, HostileRequests::query),
            new Kind("headers-too-large", 2, HostileRequests::headersTooLarge),
            new Kind("token-endpoint", 4, HostileRequests::tokenEndpoint),
            new Kind("usage-push", 4, HostileRequests::usagePush),
            new Kind("head-missing", 3, HostileRequests::headMissing));
    private static final int TOTAL_WEIGHT = KINDS.stream().mapToInt(Kind::weight).sum();

    private final long seed;
    private final Targets targets;
    private final List<Endpoint> endpoints;

    HostileRequests(long seed, Targets targets) {
        this.seed = seed;
        this.targets = targets;
        this.endpoints = targets.endpoints();
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
                return kind.make().apply(this, random);
            }
        }
        throw new IllegalStateException("weights");
    }

    // --- building blocks ---------------------------------------------------------------------------

    /** The endpoint called as it should be: its token, content type, x-ms-date and body. */
    private RawRequest valid(String kind, Endpoint endpoint) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (endpoint.armAuthenticated()) {
            headers.add(Map.entry("Authorization", "Bearer " + targets.managementToken()));
        } else if (endpoint.surface().equals("usage")) {
            headers.add(Map.entry("Authorization", "Bearer " + targets.usageToken()));
            headers.add(Map.entry(MsDate.HEADER, MsDate.format(Instant.now())));
        }
        String body = endpoint.surface().equals("token") ? tokenForm() : endpoint.body();
        if (body != null) {
            headers.add(Map.entry("Content-Type", endpoint.surface().equals("token") ? "application/x-www-form-urlencoded" : "application/json"));
        }
        String target = endpoint.path() + (endpoint.query().isEmpty() ? "" : "?" + endpoint.query());
        return RawRequest.of(kind, endpoint.surface(), endpoint.method(), target, headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    private String tokenForm() {
        return "grant_type=client_credentials&client_id=aaaaaaaa-0003-4000-8000-000000000001&client_secret=stackbridge-dev-secret"
                + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    }

    private Endpoint any(Random random) {
        return pick(random, endpoints);
    }

    private Endpoint where(Random random, java.util.function.Predicate<Endpoint> test) {
        return pick(random, endpoints.stream().filter(test).toList());
    }

    /** Endpoints that read a JSON body (POST /reset and the activation-key posts read none). */
    private static boolean readsJson(Endpoint endpoint) {
        return endpoint.body() != null && !endpoint.surface().equals("token");
    }

    private static RawRequest replacingHeader(RawRequest request, String name, String value) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers().stream()
                .filter(header -> !header.getKey().equalsIgnoreCase(name)).toList());
        if (value != null) {
            headers.add(Map.entry(name, value));
        }
        return new RawRequest(request.kind(), request.surface(), request.method(), request.target(), headers, request.body(),
                request.declaredLength());
    }

    private static RawRequest withBody(RawRequest request, byte[] body) {
        return new RawRequest(request.kind(), request.surface(), request.method(), request.target(), request.headers(), body,
                request.declaredLength());
    }

    private static RawRequest withTarget(RawRequest request, String target) {
        return request.withTarget(target.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String target(RawRequest request) {
        return new String(request.target(), StandardCharsets.ISO_8859_1);
    }

    /** Replaces path segment {@code index} (counted from 1, after the leading slash) by {@code segment}. */
    private static String replaceSegment(String target, int index, String segment) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String[] parts = path.split("/", -1);
        parts[index] = segment;
        return String.join("/", parts) + (query < 0 ? "" : target.substring(query));
    }

    private static boolean hasSegment(String path, String segment) {
        return List.of(path.split("/")).contains(segment);
    }

    /** Replaces each path segment equal to {@code segment}. */
    private static String replaceWholeSegments(String target, String segment, String by) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(segment)) {
                parts[i] = by;
            }
        }
        return String.join("/", parts) + (query < 0 ? "" : target.substring(query));
    }

    /** Spoiling any segment of these leaves a request that may succeed: deleting an absent fault rule is a 204. */
    private Endpoint anySpoilable(Random random) {
        return where(random, e -> !(e.method().equals("DELETE") && e.path().startsWith("/_stackbridge/faults/")));
    }

    private static int segments(String target) {
        int query = target.indexOf('?');
        return (query < 0 ? target : target.substring(0, query)).split("/", -1).length - 1;
    }

    // --- the kinds ---------------------------------------------------------------------------------

    private RawRequest wrongMethod(Random random) {
        Endpoint endpoint = any(random);
        Set<String> allowed = endpoints.stream().filter(other -> shape(other.path()).equals(shape(endpoint.path()))).map(Endpoint::method)
                .collect(Collectors.toSet());
        List<String> others = new ArrayList<>(List.of("GET", "PUT", "PATCH", "DELETE", "POST"));
        others.removeAll(allowed);
        String method = others.isEmpty() || random.nextInt(3) > 0 ? pick(random, Oddities.ODD_METHODS) : pick(random, others);
        RawRequest request = valid("wrong-method", endpoint);
        return new RawRequest(request.kind(), request.surface(), method, request.target(), request.headers(), request.body(), -1);
    }

    /** The route a path takes: tenant and resource group names, and fault ids, stand for any. */
    private static String shape(String path) {
        return path.replaceAll("(?i)(customerSubscriptions|resourcegroups|faults)/[^/]+", "$1/*");
    }

    private RawRequest badToken(Random random) {
        Endpoint endpoint = where(random, e -> e.armAuthenticated() || e.surface().equals("usage"));
        RawRequest request = valid("bad-token", endpoint);
        String good = endpoint.surface().equals("usage") ? targets.usageToken() : targets.managementToken();
        String wrongAudience = endpoint.surface().equals("usage") ? targets.managementToken() : targets.otherAudienceToken();
        String authorization = switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "Bearer";
            case 2 -> "Bearer " + "x".repeat(1 + random.nextInt(40));
            case 3 -> "Bearer a.b.c";
            case 4 -> "Bearer " + targets.expiredToken();
            case 5 -> "Bearer " + wrongAudience;
            case 6 -> "Bearer " + junk(random, 32 * 1024);
            case 7 -> "Basic " + java.util.Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8));
            case 8 -> "Bearer " + good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
            case 9 -> "Bearer " + good.substring(0, good.lastIndexOf('.') + 1);
            case 10 -> "Bearer " + unsigned(good);
            default -> "Bearer " + good.replace('.', '!');
        };
        return replacingHeader(request, "Authorization", authorization);
    }

    /** The token's header and claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = token.split("\\.");
        return header + "." + parts[1] + ".";
    }

    private static String junk(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private RawRequest contentType(Random random) {
        Endpoint endpoint = where(random, e -> e.body() != null);
        RawRequest request = valid("content-type", endpoint);
        String type = endpoint.surface().equals("token")
                ? pick(random, List.of("application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml"))
                : pick(random, Oddities.BAD_CONTENT_TYPES);
        return replacingHeader(request, "Content-Type", type);
    }

    private RawRequest badJson(Random random) {
        RawRequest request = valid("bad-json", where(random, HostileRequests::readsJson));
        if (random.nextInt(4) == 0) {
            boolean registration = random.nextBoolean();
            RawRequest shaped = valid("bad-json", where(random, e -> e.method().equals("PUT")
                    && e.path().endsWith(registration ? targets.registration() : "hostile-group")));
            String body = registration && random.nextBoolean() ? pick(random, Oddities.WRONG_TOKENS) : pick(random, Oddities.WRONG_LOCATIONS);
            return withBody(shaped, body.getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = random.nextInt(8) == 0 ? pick(random, Oddities.BAD_BYTES)
                : pick(random, Oddities.MALFORMED_JSON).getBytes(StandardCharsets.UTF_8);
        return withBody(request, body);
    }

    private RawRequest bodyTooLarge(Random random) {
        RawRequest request = valid("body-too-large", where(random, e -> e.body() != null));
        int size = 4 * 1024 * 1024 + 1 + random.nextInt(256 * 1024);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        body[0] = '"';
        body[size - 1] = '"';
        return withBody(request, body);
    }

    private RawRequest bodyDeclaredHuge(Random random) {
        RawRequest request = valid("body-length-declared-huge", where(random, e -> e.body() != null));
        return request.declaring(64L * 1024 * 1024 + random.nextInt(Integer.MAX_VALUE));
    }

    private RawRequest badGuid(Random random) {
        String bad = random.nextInt(6) == 0 ? java.util.UUID.nameUUIDFromBytes(longBytes(random.nextLong())).toString()
                : pick(random, Oddities.BAD_GUIDS);
        boolean wellFormed = !Oddities.BAD_GUIDS.contains(bad);
        List<String> holders = wellFormed
                ? List.of(targets.subscription(), targets.cloud(), targets.partnerTenant())
                : List.of(targets.subscription(), targets.cloud(), targets.partnerTenant(), targets.customer(),
                        "c0c0c0c0-0002-4000-8000-0000000000ff", "aaaaaaaa-0003-4000-8000-0000000000ff");
        String holder = pick(random, holders);
        // an unknown but well-formed GUID creates a world subscription or principal on the admin API: not there
        // an unknown but well-formed GUID is refused where it names something to create or act on; a read or a
        // delete of something absent may rightly succeed (an empty list, a 204), and on the admin API it creates
        // the stamp's usage APIs read the subscription trimmed: a leading space is theirs to forgive
        Endpoint endpoint = where(random, e -> hasSegment(e.path(), holder) && !(bad.startsWith("%20") && e.surface().equals("local-usage"))
                && (!wellFormed || (e.method().equals("PUT") || e.method().equals("POST")) && !e.surface().equals("admin")
                        && !e.surface().equals("resources")));
        RawRequest request = valid("bad-guid", endpoint);
        return withTarget(request, replaceWholeSegments(target(request), holder, bad));
    }

    private static byte[] longBytes(long value) {
        return java.nio.ByteBuffer.allocate(8).putLong(value).array();
    }

    private RawRequest badName(Random random) {
        String holder = random.nextBoolean() ? targets.registration() : targets.group();
        Endpoint endpoint = where(random, e -> e.path().contains("/" + holder));
        RawRequest request = valid("bad-name", endpoint);
        String bad = Oddities.badName(random);
        return withTarget(request, target(request).replace("/" + holder, "/" + bad));
    }

    private RawRequest oddUnicode(Random random) {
        RawRequest request = valid("odd-unicode", anySpoilable(random));
        String target = target(request);
        int index = 1 + random.nextInt(segments(target));
        String odd = pick(random, Oddities.ODD_UNICODE);
        String segment = target.split("\\?", 2)[0].split("/", -1)[index];
        String spoilt = switch (random.nextInt(3)) {
            case 0 -> odd + segment;
            case 1 -> segment + odd;
            default -> segment.isEmpty() ? odd : segment.substring(0, segment.length() / 2) + odd + segment.substring(segment.length() / 2);
        };
        return withTarget(request, replaceSegment(target, index, spoilt));
    }

    private RawRequest rawBytes(Random random) {
        RawRequest request = valid("raw-bytes", anySpoilable(random));
        byte[] target = request.target();
        int at = 1 + random.nextInt(Math.max(1, indexOfQuery(target) - 1));
        byte[] odd = pick(random, Oddities.RAW_BYTES);
        byte[] spoilt = new byte[target.length + odd.length];
        System.arraycopy(target, 0, spoilt, 0, at);
        System.arraycopy(odd, 0, spoilt, at, odd.length);
        System.arraycopy(target, at, spoilt, at + odd.length, target.length - at);
        return request.withTarget(spoilt);
    }

    private static int indexOfQuery(byte[] target) {
        for (int i = 0; i < target.length; i++) {
            if (target[i] == '?') {
                return i;
            }
        }
        return target.length;
    }

    private RawRequest percentEncoding(Random random) {
        RawRequest request = valid("percent-encoding", anySpoilable(random));
        String target = target(request);
        int index = 1 + random.nextInt(segments(target));
        String segment = target.split("\\?", 2)[0].split("/", -1)[index];
        String broken = pick(random, Oddities.BROKEN_PERCENT);
        return withTarget(request, replaceSegment(target, index, random.nextBoolean() ? segment + broken : broken + segment));
    }

    private RawRequest traversal(Random random) {
        RawRequest request = valid("path-traversal", anySpoilable(random));
        String target = target(request);
        if (random.nextInt(3) == 0) {
            // more ".." than there are segments: climbs above the root
            int depth = segments(target) + 1 + random.nextInt(3);
            String up = "/..".repeat(depth);
            String into = random.nextBoolean() ? "/_stackbridge/reset" : "/etc/passwd";
            return withTarget(request, target.replaceFirst("^(/[^?]*)", "$1" + up + into));
        }
        int index = 1 + random.nextInt(segments(target));
        return withTarget(request, replaceSegment(target, index, pick(random, Oddities.TRAVERSALS)));
    }

    private RawRequest query(Random random) {
        int which = random.nextInt(3);
        Endpoint endpoint = which == 0 ? where(random, e -> e.surface().equals("local-usage"))
                : which == 1 ? where(random, e -> e.path().startsWith("/_stackbridge/usage"))
                : where(random, e -> (e.surface().equals("arm") || e.surface().equals("resources")) && !e.path().endsWith("/enableremotemanagement"));
        RawRequest request = valid("query", endpoint);
        String path = endpoint.path();
        String query = switch (endpoint.surface()) {
            case "local-usage" -> pick(random, List.of("", "reportedStartTime=2026-11-19T00:00:00Z&api-version=2015-06-01-preview",
                    Targets.LOCAL_USAGE_QUERY.replace("Hourly", "Weekly"), Targets.LOCAL_USAGE_QUERY.replace("2026-11-19", "2026-11-21"),
                    Targets.LOCAL_USAGE_QUERY.replace("T00:00:00Z&reportedEnd", "T00:30:00Z&reportedEnd"),
                    Targets.LOCAL_USAGE_QUERY + "&continuationToken=bm90IGEgdG9rZW4",
                    Targets.LOCAL_USAGE_QUERY.replace("2015-06-01-preview", "1999-01-01"),
                    Targets.LOCAL_USAGE_QUERY.replace("2026-11-19T00:00:00Z", "yesterday"),
                    path.contains("Commerce.Admin") ? Targets.LOCAL_USAGE_QUERY + "&subscriberId=not-a-guid" : ""));
            case "admin" -> path.endsWith("/batches")
                    ? pick(random, List.of("limit=0", "limit=1001", "limit=-5", "skip=-1", "skip=x", "cloudId=nope", "limit=99999999999999999999",
                            "cloudId=%00"))
                    : pick(random, List.of("groupBy=nope", "groupBy=meter,nope", "from=yesterday", "from=2026-11-20T00:00:00Z&to=2026-11-19T00:00:00Z",
                            "subscriptionId=not-a-guid", "meterId=%00", "cloudId=nope"));
            default -> {
                String version = endpoint.surface().equals("arm") ? Targets.V2022 : Targets.V_RESOURCES;
                yield pick(random, List.of("", "api-version=", "api-version=latest", "api-version=2022-06-01-preview",
                        "api-version=2022-6-1", "api-version=2022-06-01%00", "api-version=bogus&" + version,
                        "api-version", "api-version=1999-01-01&api-version=1999-01-01", "api-version[]=2022-06-01",
                        "api-version=%F0%9F%98%80", "api-version=" + "9".repeat(2_000), "api-version=2022-06-01," + version.substring(12)));
            }
        };
        return withTarget(request, path + (query.isEmpty() ? "" : "?" + query));
    }

    private RawRequest headersTooLarge(Random random) {
        RawRequest request = valid("headers-too-large", any(random));
        if (random.nextBoolean()) {
            return request.withHeader("x-ms-claims", "c".repeat(64 * 1024 + 1 + random.nextInt(64 * 1024)));
        }
        for (int i = 0; i < 20; i++) {
            request = request.withHeader("x-hostile-" + i, "h".repeat(3_400));
        }
        return request;
    }

    private RawRequest tokenEndpoint(Random random) {
        RawRequest request = valid("token-endpoint", where(random, e -> e.surface().equals("token")));
        String form = tokenForm();
        String spoilt = switch (random.nextInt(10)) {
            case 0 -> form.replace("client_credentials", "password");
            case 1 -> form.replace("stackbridge-dev-secret", "wrong-secret");
            case 2 -> form.replace("aaaaaaaa-0003-4000-8000-000000000001", "aaaaaaaa-0003-4000-8000-0000000000ff");
            case 3 -> form.replace("aaaaaaaa-0003-4000-8000-000000000001", "aaaaaaaa-0003-4000-8000-000000000002")
                    .replace("stackbridge-dev-secret", "stackbridge-disabled-secret");
            case 4 -> form.replace("management.azure.com", "evil.example");
            case 5 -> form.replace("grant_type=client_credentials&", "");
            case 6 -> "grant_type=password&" + form;
            case 7 -> form.replace("stackbridge-dev-secret", "%zz%00");
            case 8 -> "";
            default -> form.replace("client_id=", "client_id=%E2%80%AE");
        };
        return withBody(request, spoilt.getBytes(StandardCharsets.UTF_8));
    }

    private RawRequest usagePush(Random random) {
        RawRequest request = valid("usage-push", where(random, e -> e.surface().equals("usage")));
        String target = target(request);
        return switch (random.nextInt(6)) {
            case 0 -> replacingHeader(request, MsDate.HEADER, null);
            case 1 -> replacingHeader(request, MsDate.HEADER, pick(random, List.of("yesterday", "", "Mon, 99 Foo 2026 00:00:00 GMT",
                    "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT")));
            case 2 -> withTarget(request, target.replace("hostile-batch", "b".repeat(65 + random.nextInt(100))));
            case 3 -> withTarget(request, target.replace("hostile-batch", "hostile" + pick(random, List.of("%20", "%21", "%2A", "%E2%80%AE",
                    "%C3%A9", "~", "%27")) + "batch"));
            case 4 -> withTarget(request, target.replace(targets.cloud(), "c10dc10d-0000-4000-8000-0000000000ff"));
            default -> withTarget(request, target.replace("hostile-batch", targets.pushedBatch()));
        };
    }

    private RawRequest headMissing(Random random) {
        Endpoint endpoint = where(random, e -> e.method().equals("GET") && e.surface().equals("arm") && e.path().contains(targets.registration()));
        RawRequest request = valid("head-missing", endpoint);
        String target = target(request).replace(targets.registration(), "missing-" + random.nextInt(1000));
        return new RawRequest(request.kind(), request.surface(), "HEAD", target.getBytes(StandardCharsets.ISO_8859_1), request.headers(),
                request.body(), -1);
    }
}
