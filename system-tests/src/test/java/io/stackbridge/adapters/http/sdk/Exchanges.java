package io.stackbridge.adapters.http.sdk;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CopyOnWriteArrayList;

/** A pipeline policy that notes every request the SDK sends and the status it got: {@code "PUT /path?query -> 201"}. */
final class Exchanges implements HttpPipelinePolicy {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> audiences = new CopyOnWriteArrayList<>();

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        HttpRequest request = context.getHttpRequest();
        String sent = request.getHttpMethod() + " " + request.getUrl().getPath() + "?" + request.getUrl().getQuery();
        return next.process().doOnNext(response -> {
            seen.add(sent + " -> " + response.getStatusCode());
            String bearer = request.getHeaders().getValue("Authorization");
            if (bearer != null && bearer.startsWith("Bearer ")) {
                audiences.add(audience(bearer.substring("Bearer ".length())));
            }
        });
    }

    /** The audience of every bearer token the SDK sent, in order. */
    List<String> audiences() {
        return List.copyOf(audiences);
    }

    private static String audience(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher aud = Pattern.compile("\"aud\"\\s*:\\s*\"([^\"]*)\"").matcher(payload);
        return aud.find() ? aud.group(1) : "";
    }

    List<String> seen() {
        return List.copyOf(seen);
    }
}
