package io.stackbridge.adapters.http.wire;

import io.stackbridge.adapters.support.json.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/** The body of a customer subscription PUT: {@code {"properties":{"tenantId":"<guid>"}}}, every part optional. */
public record CustomerSubscriptionBody(Properties properties) {

    /** The tenant to map; the directory's tenant of the subscription when absent. */
    public record Properties(String tenantId) {
    }

    public static CustomerSubscriptionBody of(Option<TenantId> tenantId) {
        return new CustomerSubscriptionBody(new Properties(tenantId.map(TenantId::value).getOrNull()));
    }

    /** The tenant a request names, if any, checked with the domain's parser. */
    public static Validation<Seq<Violation>, Option<TenantId>> read(JsonNode document) {
        JsonFields body = JsonFields.root(document);
        Option<TenantId> tenant = body.object("properties")
                .flatMap(properties -> properties.text("tenantId")
                        .flatMap(text -> properties.parsed(TenantId.parse("tenantId", text))));
        return body.result(() -> tenant);
    }
}
