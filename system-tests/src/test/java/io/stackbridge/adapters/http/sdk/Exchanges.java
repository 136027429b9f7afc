package io.stackbridge.adapters.http.sdk;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A pipeline policy that notes every request the SDK sends and the status it got: {@code "PUT /path?query -> 201"}. */
final class Exchanges implements HttpPipelinePolicy {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        HttpRequest request = context.getHttpRequest();
        String sent = request.getHttpMethod() + " " + request.getUrl().getPath() + "?" + request.getUrl().getQuery();
        return next.process().doOnNext(response -> seen.add(sent + " -> " + response.getStatusCode()));
    }

    List<String> seen() {
        return List.copyOf(seen);
    }
}
