package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.application.port.in.gallery.ShowMarketplaceProductUseCase.Shown;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON document of {@code marketplace show} (docs/cli.md, "The marketplace"). */
final class ShownProduct {

    private ShownProduct() {
    }

    static Map<String, Object> json(Shown shown) {
        var product = shown.fit().product();
        Map<String, Object> compatibility = new LinkedHashMap<>();
        compatibility.put("isCompatible", shown.fit().isCompatible());
        compatibility.put("issues", shown.fit().issues().map(CompatibilityIssue::name).toJavaList());
        compatibility.put("description", shown.fit().description());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", product.name());
        document.put("kind", product.kind().wire());
        document.put("displayName", product.displayName());
        document.put("publisher", product.publisherDisplayName());
        document.put("version", product.version());
        document.put("payloadLength", product.payloadLength());
        document.put("downloaded", shown.downloaded());
        document.put("compatibility", compatibility);
        document.put("files", shown.details().files().map(file -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", file.file());
            one.put("uri", file.uri().toString());
            return one;
        }).toJavaList());
        return document;
    }
}
