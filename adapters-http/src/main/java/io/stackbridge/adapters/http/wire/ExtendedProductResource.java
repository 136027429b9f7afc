package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.marketplace.ProductKind;
import io.stackbridge.domain.marketplace.ProductPayload;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What a stamp needs to download a product (the specification's {@code ExtendedProduct}): the
 * gallery package, and the extension's blob and flags, or the image's OS and data disks.
 */
public record ExtendedProductResource(String galleryPackageBlobSasUri, String productKind, Properties properties) {

    /** The specification's {@code ExtendedProductProperties}; the members of the other kind are left out. */
    public record Properties(String version, String vmOsType, Uri sourceBlob, String computeRole,
                             Boolean vmScaleSetEnabled, Boolean supportMultipleExtensions,
                             @JsonProperty("isSystemExtension") Boolean isSystemExtension,
                             OsDiskImage osDiskImage, List<DataDiskImage> dataDiskImages) {
    }

    public record Uri(String uri) {
    }

    public record OsDiskImage(String operatingSystem, String sourceBlobSasUri) {
    }

    public record DataDiskImage(int lun, String sourceBlobSasUri) {
    }

    public static ExtendedProductResource from(Product product, ProductBlobs blobs) {
        ProductPayload p = product.payload();
        String version = product.listing().version();
        String os = p.operatingSystem().name();
        String role = p.computeRole().name();
        Properties properties = product.kind() == ProductKind.VIRTUAL_MACHINE
                ? new Properties(version, null, null, null, null, null, null,
                        new OsDiskImage(os, blobs.at("image/os.vhd")),
                        IntStream.range(0, p.dataDisks()).mapToObj(lun -> new DataDiskImage(lun, blobs.at("image/data" + lun + ".vhd")))
                                .toList())
                : new Properties(version, os, new Uri(blobs.at("extension/package.zip")), role, p.scaleSetEnabled(),
                        p.multipleExtensions(), p.systemExtension(), null, null);
        return new ExtendedProductResource(blobs.at("gallery/package.azpkg"), product.kind().wire(), properties);
    }
}
