package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.hostile.Targets.Endpoint;

import java.util.List;
import java.util.Random;

import static io.stackbridge.adapters.http.server.hostile.Oddities.pick;

/** Hostile requests that spoil a call's path or query: GUIDs, names, Unicode, raw bytes, percent-encoding, traversal, query values. */
final class SpoiltPaths extends ValidCalls {

    SpoiltPaths(Targets targets) {
        super(targets);
    }

    RawRequest badGuid(Random random) {
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

    RawRequest badName(Random random) {
        String holder = random.nextBoolean() ? targets.registration() : targets.group();
        Endpoint endpoint = where(random, e -> e.path().contains("/" + holder));
        RawRequest request = valid("bad-name", endpoint);
        String bad = Oddities.badName(random);
        return withTarget(request, target(request).replace("/" + holder, "/" + bad));
    }

    RawRequest oddUnicode(Random random) {
        RawRequest request = valid("odd-unicode", anySpoilable(random));
        String target = target(request);
        int index = 1 + random.nextInt(segments(target));
        String odd = pick(random, Oddities.ODD_UNICODE);
        String segment = target.split("\\?", 2)[0].split("/", -1)[index];
        // the stamp's usage APIs read the subscription trimmed, control characters included: spoil its middle
        String spoilt = switch (request.surface().equals("local-usage") ? 2 : random.nextInt(3)) {
            case 0 -> odd + segment;
            case 1 -> segment + odd;
            default -> segment.isEmpty() ? odd : segment.substring(0, segment.length() / 2) + odd + segment.substring(segment.length() / 2);
        };
        return withTarget(request, replaceSegment(target, index, spoilt));
    }

    RawRequest rawBytes(Random random) {
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
    RawRequest percentEncoding(Random random) {
        RawRequest request = valid("percent-encoding", anySpoilable(random));
        String target = target(request);
        int index = 1 + random.nextInt(segments(target));
        String segment = target.split("\\?", 2)[0].split("/", -1)[index];
        String broken = pick(random, Oddities.BROKEN_PERCENT);
        if (request.surface().equals("local-usage") && broken.matches("(%20|%0D|%0A)+")) {
            broken = "%zz"; // the stamp's usage APIs read the subscription trimmed of white space
        }
        return withTarget(request, replaceSegment(target, index, random.nextBoolean() ? segment + broken : broken + segment));
    }

    RawRequest traversal(Random random) {
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

    RawRequest query(Random random) {
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
}
