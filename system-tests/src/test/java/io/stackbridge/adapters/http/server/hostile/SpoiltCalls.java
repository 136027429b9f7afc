package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.hostile.Targets.Endpoint;
import io.stackbridge.adapters.http.server.usage.MsDate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static io.stackbridge.adapters.http.server.hostile.Oddities.pick;

/** Hostile requests that spoil a call's method, token, content type, body or headers, or ask the token and usage endpoints amiss. */
final class SpoiltCalls extends ValidCalls {

    SpoiltCalls(Targets targets) {
        super(targets);
    }

    RawRequest wrongMethod(Random random) {
        Endpoint endpoint = any(random);
        Set<String> allowed = endpoints.stream().filter(other -> shape(other.path()).equals(shape(endpoint.path()))).map(Endpoint::method)
                .collect(Collectors.toSet());
        List<String> others = new ArrayList<>(List.of("GET", "PUT", "PATCH", "DELETE", "POST"));
        others.removeAll(allowed);
        String method = others.isEmpty() || random.nextInt(3) > 0 ? pick(random, Oddities.ODD_METHODS) : pick(random, others);
        RawRequest request = valid("wrong-method", endpoint);
        return new RawRequest(request.kind(), request.surface(), method, request.target(), request.headers(), request.body(), -1);
    }

    RawRequest badToken(Random random) {
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

    RawRequest contentType(Random random) {
        Endpoint endpoint = where(random, e -> e.body() != null);
        RawRequest request = valid("content-type", endpoint);
        String type = endpoint.surface().equals("token")
                ? pick(random, List.of("application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml"))
                : pick(random, Oddities.BAD_CONTENT_TYPES);
        return replacingHeader(request, "Content-Type", type);
    }

    RawRequest badJson(Random random) {
        RawRequest request = valid("bad-json", where(random, ValidCalls::readsJson));
        if (random.nextInt(4) == 0) {
            boolean registration = random.nextBoolean();
            RawRequest shaped = valid("bad-json", where(random, e -> e.method().equals("PUT")
                    && e.path().endsWith(registration ? targets.registration() : "hostile-group")));
            String body = registration && random.nextBoolean() ? pick(random, Oddities.WRONG_TOKENS) : pick(random, Oddities.WRONG_LOCATIONS);
            return withBody(shaped, body.getBytes(StandardCharsets.UTF_8));
        }
        String text = pick(random, Oddities.MALFORMED_JSON);
        if (text.isEmpty() && request.method().equals("PUT") && target(request).contains("/customerSubscriptions/")) {
            text = "{"; // a tenant's PUT may have no body at all: the directory knows the tenant
        }
        byte[] body = random.nextInt(8) == 0 ? pick(random, Oddities.BAD_BYTES) : text.getBytes(StandardCharsets.UTF_8);
        return withBody(request, body);
    }

    RawRequest bodyTooLarge(Random random) {
        RawRequest request = valid("body-too-large", where(random, e -> e.body() != null));
        int size = 4 * 1024 * 1024 + 1 + random.nextInt(256 * 1024);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        body[0] = '"';
        body[size - 1] = '"';
        return withBody(request, body);
    }

    RawRequest bodyDeclaredHuge(Random random) {
        RawRequest request = valid("body-length-declared-huge", where(random, e -> e.body() != null));
        return request.declaring(64L * 1024 * 1024 + random.nextInt(Integer.MAX_VALUE));
    }
    RawRequest headersTooLarge(Random random) {
        RawRequest request = valid("headers-too-large", any(random));
        if (random.nextBoolean()) {
            return request.withHeader("x-ms-claims", "c".repeat(64 * 1024 + 1 + random.nextInt(64 * 1024)));
        }
        for (int i = 0; i < 20; i++) {
            request = request.withHeader("x-hostile-" + i, "h".repeat(3_400));
        }
        return request;
    }

    RawRequest tokenEndpoint(Random random) {
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

    RawRequest usagePush(Random random) {
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

    RawRequest headMissing(Random random) {
        Endpoint endpoint = where(random, e -> e.method().equals("GET") && e.surface().equals("arm") && e.path().contains(targets.registration()));
        RawRequest request = valid("head-missing", endpoint);
        String target = target(request).replace(targets.registration(), "missing-" + random.nextInt(1000));
        return new RawRequest(request.kind(), request.surface(), "HEAD", target.getBytes(StandardCharsets.ISO_8859_1), request.headers(),
                request.body(), -1);
    }
}
