package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The optional body of a product log upload (the specification's {@code MarketplaceProductLogUpdate}): four optional texts. */
public record ProductLogUpdateBody(String operation, String status, String error, String details) {

    public static Validation<Seq<Violation>, ProductLogUpdate> read(JsonNode document) {
        JsonFields body = JsonFields.root(document);
        var update = new ProductLogUpdate(body.text("operation"), body.text("status"), body.text("error"), body.text("details"));
        return body.result(() -> update);
    }
}
