package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.hostile.Targets.Endpoint;
import io.stackbridge.adapters.http.server.usage.MsDate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import static io.stackbridge.adapters.http.server.hostile.Oddities.pick;

/** The emulator's endpoints called as they should be, and the edits that spoil one part of such a call. */
class ValidCalls {

    final Targets targets;
    final List<Endpoint> endpoints;

    ValidCalls(Targets targets) {
        this.targets = targets;
        this.endpoints = targets.endpoints();
    }

    /** The endpoint called as it should be: its token, content type, x-ms-date and body. */
    RawRequest valid(String kind, Endpoint endpoint) {
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

    String tokenForm() {
        return "grant_type=client_credentials&client_id=aaaaaaaa-0003-4000-8000-000000000001&client_secret=stackbridge-dev-secret"
                + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    }

    Endpoint any(Random random) {
        return pick(random, endpoints);
    }

    Endpoint where(Random random, Predicate<Endpoint> test) {
        return pick(random, endpoints.stream().filter(test).toList());
    }

    /** Endpoints that read a JSON body (POST /reset and the activation-key posts read none). */
    static boolean readsJson(Endpoint endpoint) {
        return endpoint.body() != null && !endpoint.surface().equals("token");
    }

    static RawRequest replacingHeader(RawRequest request, String name, String value) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers().stream()
                .filter(header -> !header.getKey().equalsIgnoreCase(name)).toList());
        if (value != null) {
            headers.add(Map.entry(name, value));
        }
        return new RawRequest(request.kind(), request.surface(), request.method(), request.target(), headers, request.body(),
                request.declaredLength());
    }

    static RawRequest withBody(RawRequest request, byte[] body) {
        return new RawRequest(request.kind(), request.surface(), request.method(), request.target(), request.headers(), body,
                request.declaredLength());
    }

    static RawRequest withTarget(RawRequest request, String target) {
        return request.withTarget(target.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String target(RawRequest request) {
        return new String(request.target(), StandardCharsets.ISO_8859_1);
    }

    /** Replaces path segment {@code index} (counted from 1, after the leading slash) by {@code segment}. */
    static String replaceSegment(String target, int index, String segment) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String[] parts = path.split("/", -1);
        parts[index] = segment;
        return String.join("/", parts) + (query < 0 ? "" : target.substring(query));
    }

    static boolean hasSegment(String path, String segment) {
        return List.of(path.split("/")).contains(segment);
    }

    /** Replaces each path segment equal to {@code segment}. */
    static String replaceWholeSegments(String target, String segment, String by) {
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
    Endpoint anySpoilable(Random random) {
        return where(random, e -> !(e.method().equals("DELETE") && e.path().startsWith("/_stackbridge/faults/")));
    }

    static int segments(String target) {
        int query = target.indexOf('?');
        return (query < 0 ? target : target.substring(0, query)).split("/", -1).length - 1;
    }

    static String shape(String path) {
        return path.replaceAll("(?i)(customerSubscriptions|resourcegroups|faults)/[^/]+", "$1/*");
    }

    static int indexOfQuery(byte[] target) {
        for (int i = 0; i < target.length; i++) {
            if (target[i] == '?') {
                return i;
            }
        }
        return target.length;
    }
}
