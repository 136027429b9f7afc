package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.localusage.ContinuationToken;
import io.stackbridge.domain.localusage.Granularity;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a usage query from the path and the query string as given (names in any case, the first
 * value of each), and writes the {@code nextLink}: the same request with the next page's token.
 */
final class UsageQueryParameters {

    static final List<String> NAMES = List.of(UsageQueryRules.START, UsageQueryRules.END, Granularity.PARAMETER,
            UsageQueryRules.SUBSCRIBER, UsageQueryRules.API_VERSION_PARAMETER, ContinuationToken.PARAMETER);

    private UsageQueryParameters() {
    }

    static UsageQueryText read(Call call) {
        return new UsageQueryText(Option.of(call.path("sub")), value(call, UsageQueryRules.API_VERSION_PARAMETER),
                value(call, UsageQueryRules.START), value(call, UsageQueryRules.END), value(call, Granularity.PARAMETER),
                value(call, UsageQueryRules.SUBSCRIBER), value(call, ContinuationToken.PARAMETER));
    }

    /** The request's URL with its usage parameters, the continuation token replaced by {@code token}. */
    static String nextLink(Call call, ContinuationToken token) {
        String parameters = NAMES.remove(ContinuationToken.PARAMETER)
                .flatMap(name -> value(call, name).map(given -> name + "=" + encode(given)))
                .append(ContinuationToken.PARAMETER + "=" + token.encode())
                .mkString("&");
        return call.ctx().url() + "?" + parameters;
    }

    private static Option<String> value(Call call, String name) {
        return Option.ofOptional(call.ctx().queryParamMap().entrySet().stream()
                        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                        .findFirst())
                .flatMap(entry -> List.ofAll(entry.getValue()).headOption());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
