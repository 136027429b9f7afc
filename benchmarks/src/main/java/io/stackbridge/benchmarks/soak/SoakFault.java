package io.stackbridge.benchmarks.soak;

import java.util.Locale;
import java.util.Random;

/**
 * The kinds of trouble the soak switches on, each as the fault rule the admin API takes. Every one
 * fires with a probability below one, so that pushes still get through between two firings.
 */
enum SoakFault {
    UNREACHABLE("Usage_Push", "{\"type\":\"unreachable\"}"),
    SLOW("Usage_Push", "{\"type\":\"slow\"}"),
    UNTRUSTED_CERTIFICATE(null, "{\"type\":\"untrustedCertificate\"}"),
    SIGN_IN_REFUSED("Token_Issue", "{\"type\":\"returnError\",\"code\":\"InvalidClientSecret\"}"),
    SERVER_ERROR("Usage_Push", "{\"type\":\"returnError\",\"code\":\"InternalServerError\"}"),
    SERVICE_UNAVAILABLE("Usage_Push", "{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}"),
    TOO_MANY_REQUESTS("Usage_Push", "{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}"),
    RESET_CONNECTION("Usage_Push", "{\"type\":\"resetConnection\"}"),
    EMPTY_RESPONSE("Usage_Push", "{\"type\":\"emptyResponse\"}"),
    PARTIAL_BODY("Usage_Push", "{\"type\":\"partialBody\"}"),
    CLOCK_SHIFT("Usage_Push", "{\"type\":\"shiftClock\",\"seconds\":900}"),
    DELAY("Usage_Push", "{\"type\":\"delay\",\"millis\":300}");

    private final String operation;
    private final String effect;

    SoakFault(String operation, String effect) {
        this.operation = operation;
        this.effect = effect;
    }

    /** The rule's id: its kind in lower case and its number in the run, e.g. {@code partial-body-17}. */
    String ruleId(int number) {
        return label() + "-" + number;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a rule id names, if it is one of the soak's. */
    static java.util.Optional<SoakFault> ofRule(String ruleId) {
        for (SoakFault fault : values()) {
            if (ruleId != null && ruleId.startsWith(fault.label() + "-") && ruleId.substring(fault.label().length() + 1).matches("\\d+")) {
                return java.util.Optional.of(fault);
            }
        }
        return java.util.Optional.empty();
    }

    /** The rule as JSON: fires with {@code probability}. */
    String rule(int number, double probability) {
        String on = operation == null ? "" : "\"operation\":\"" + operation + "\",";
        return "{\"id\":\"" + ruleId(number) + "\"," + on + "\"probability\":" + probability + ",\"effect\":" + effect + "}";
    }

    /** One draw of the seeded stream: a kind, or none (a longer quiet spell) one time in five. */
    static java.util.Optional<SoakFault> draw(Random random) {
        int pick = random.nextInt(values().length + 3);
        return pick < values().length ? java.util.Optional.of(values()[pick]) : java.util.Optional.empty();
    }
}
