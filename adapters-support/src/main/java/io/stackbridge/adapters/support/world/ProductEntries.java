package io.stackbridge.adapters.support.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.marketplace.ComputeRole;
import io.stackbridge.domain.marketplace.ConnectionRequirement;
import io.stackbridge.domain.marketplace.DeviceVersion;
import io.stackbridge.domain.marketplace.IdentitySystem;
import io.stackbridge.domain.marketplace.OperatingSystem;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.marketplace.ProductConstraints;
import io.stackbridge.domain.marketplace.ProductKind;
import io.stackbridge.domain.marketplace.ProductListing;
import io.stackbridge.domain.marketplace.ProductPayload;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.BiFunction;

/**
 * A product of the world's marketplace catalog (the optional {@code products} section), read through
 * the domain's parsers, and written back. Member names follow the REST specification's
 * ({@code productKind}, {@code vmOsType}, {@code computeRole}…); {@code dataDisks} and the
 * {@code compatibility} constraints are ours.
 */
final class ProductEntries {

    static final List<String> MEMBERS = List.of("name", "productKind", "displayName", "description", "publisherDisplayName",
            "publisherIdentifier", "offer", "offerVersion", "sku", "billingPartNumber", "vmExtensionType", "galleryItemIdentity",
            "version", "payloadLength", "vmOsType", "computeRole", "dataDisks", "isSystemExtension", "supportMultipleExtensions",
            "vmScaleSetEnabled", "compatibility");
    static final List<String> CONSTRAINT_MEMBERS = List.of("minDeviceVersion", "maxDeviceVersion", "billingModel", "identitySystem",
            "connection");
    private static final List<BillingModel> REQUIRABLE = List.of(BillingModel.Capacity, BillingModel.PayAsYouUse, BillingModel.Development);

    private ProductEntries() {
    }

    static Option<Product> product(JsonFields f) {
        var name = f.filledText("name");
        var kind = f.parsed("productKind", ProductKind::parse);
        var listing = listing(f);
        var payload = payload(f);
        var constraints = f.object("compatibility").map(ProductEntries::constraints).getOrElse(Option.some(ProductConstraints.NONE));
        f.rejectUnknownMembers(MEMBERS);
        return name.isDefined() && kind.isDefined() && listing.isDefined() && payload.isDefined() && constraints.isDefined()
                ? Option.some(new Product(name.get().trim(), kind.get(), listing.get(), payload.get(), constraints.get()))
                : Option.none();
    }

    private static Option<ProductListing> listing(JsonFields f) {
        var display = f.filledText("displayName");
        var publisher = f.filledText("publisherDisplayName");
        var publisherId = f.filledText("publisherIdentifier");
        var gallery = f.filledText("galleryItemIdentity");
        var version = f.filledText("version");
        var length = f.requiredInteger("payloadLength");
        length.filter(value -> value < 0).forEach(value -> f.report(Violation.of("payloadLength", value.toString(), Rule.NEGATIVE)));
        var texts = List.of("description", "offer", "offerVersion", "sku", "billingPartNumber").map(member -> f.text(member).getOrElse(""));
        var extension = f.text("vmExtensionType");
        if (List.of(display, publisher, publisherId, gallery, version).exists(Option::isEmpty) || length.filter(v -> v >= 0).isEmpty()) {
            return Option.none();
        }
        return Option.some(new ProductListing(display.get(), texts.get(0), publisher.get(), publisherId.get(), texts.get(1),
                texts.get(2), texts.get(3), texts.get(4), extension, gallery.get(), version.get(), length.get()));
    }

    private static Option<ProductPayload> payload(JsonFields f) {
        var os = optional(f, "vmOsType", OperatingSystem::parse).map(found -> found.getOrElse(OperatingSystem.None));
        var role = optional(f, "computeRole", ComputeRole::parse).map(found -> found.getOrElse(ComputeRole.None));
        var disks = f.member("dataDisks").isEmpty() ? Option.some(0L) : f.integer("dataDisks");
        disks.filter(value -> value < 0 || value > 64)
                .forEach(value -> f.report(Violation.of("dataDisks", value.toString(), Rule.OUT_OF_RANGE, 0, 64)));
        var system = f.bool("isSystemExtension", false);
        var multiple = f.bool("supportMultipleExtensions", false);
        var scaleSet = f.bool("vmScaleSetEnabled", false);
        if (os.isEmpty() || role.isEmpty() || disks.filter(value -> value >= 0 && value <= 64).isEmpty()
                || system.isEmpty() || multiple.isEmpty() || scaleSet.isEmpty()) {
            return Option.none();
        }
        return Option.some(new ProductPayload(os.get(), role.get(), disks.get().intValue(), system.get(), multiple.get(), scaleSet.get()));
    }

    private static Option<ProductConstraints> constraints(JsonFields f) {
        var min = optional(f, "minDeviceVersion", DeviceVersion::parse);
        var max = optional(f, "maxDeviceVersion", DeviceVersion::parse);
        var billing = optional(f, "billingModel", ProductEntries::requirableModel);
        var identity = optional(f, "identitySystem", IdentitySystem::parse);
        var connection = optional(f, "connection", ConnectionRequirement::parse).map(found -> found.getOrElse(ConnectionRequirement.None));
        f.rejectUnknownMembers(CONSTRAINT_MEMBERS);
        if (List.of(min, max, billing, identity, connection).exists(Option::isEmpty)) {
            return Option.none();
        }
        return Option.some(new ProductConstraints(min.get(), max.get(), billing.get(), identity.get(), connection.get()));
    }

    /** A billing model a product may require: one the specification names an issue for. */
    private static Validation<Seq<Violation>, BillingModel> requirableModel(String field, String text) {
        return BillingModel.parse(field, text).flatMap(model -> REQUIRABLE.contains(model)
                ? Validation.<Seq<Violation>, BillingModel>valid(model)
                : Violation.invalid(field, text, Rule.UNKNOWN_VALUE, REQUIRABLE.mkString(", ")));
    }

    /** An optional member read by a parser: some(none) when absent, none when present and invalid (reported). */
    private static <T> Option<Option<T>> optional(JsonFields f, String name,
                                                  BiFunction<String, String, Validation<Seq<Violation>, T>> parser) {
        return f.member(name).isEmpty() ? Option.some(Option.none()) : f.parsed(name, parser).map(Option::some);
    }

    static ObjectNode write(ObjectNode entry, Product product) {
        ProductListing l = product.listing();
        entry.put("name", product.name()).put("productKind", product.kind().wire()).put("displayName", l.displayName())
                .put("description", l.description()).put("publisherDisplayName", l.publisherDisplayName())
                .put("publisherIdentifier", l.publisherIdentifier()).put("offer", l.offer()).put("offerVersion", l.offerVersion())
                .put("sku", l.sku()).put("billingPartNumber", l.billingPartNumber());
        l.vmExtensionType().forEach(type -> entry.put("vmExtensionType", type));
        ProductPayload p = product.payload();
        entry.put("galleryItemIdentity", l.galleryItemIdentity()).put("version", l.version()).put("payloadLength", l.payloadLength())
                .put("vmOsType", p.operatingSystem().name()).put("computeRole", p.computeRole().name()).put("dataDisks", p.dataDisks())
                .put("isSystemExtension", p.systemExtension()).put("supportMultipleExtensions", p.multipleExtensions())
                .put("vmScaleSetEnabled", p.scaleSetEnabled());
        ProductConstraints c = product.constraints();
        ObjectNode needs = entry.putObject("compatibility");
        c.minDeviceVersion().forEach(version -> needs.put("minDeviceVersion", version.text()));
        c.maxDeviceVersion().forEach(version -> needs.put("maxDeviceVersion", version.text()));
        c.billingModel().forEach(model -> needs.put("billingModel", model.name()));
        c.identitySystem().forEach(identity -> needs.put("identitySystem", identity.name()));
        needs.put("connection", c.connection().name());
        return entry;
    }

    /** Names each product that repeats an earlier one's name (case ignored). */
    static Seq<Violation> duplicates(List<Product> products) {
        return products.zipWithIndex().flatMap(pair -> products.take(pair._2).indexWhereOption(earlier -> earlier.named(pair._1.name()))
                .map(first -> Violation.of(WorldFile.PRODUCTS + "[" + pair._2 + "].name", pair._1.name(), Rule.DUPLICATE,
                        WorldFile.PRODUCTS + "[" + first + "].name")));
    }
}
