package io.stackbridge.domain.marketplace;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The files of a product's simulated package, and their sizes. The payload a product declares is
 * scaled down, one byte served per {@value #SCALE} bytes declared (a 127 GiB image becomes about
 * 2 MiB), never under {@value #SMALLEST} bytes: the gallery package, the image's OS disk (or the
 * extension's or resource provider's package), each data disk, and the icons the listing links to.
 * Only the gallery package and the payload are downloaded; the icons are served for the links.
 */
public final class PackageFiles {

    public static final long SCALE = 65_536;
    public static final long SMALLEST = 4_096;
    public static final String GALLERY = "gallery/package.azpkg";
    public static final String OS_DISK = "image/os.vhd";
    public static final String EXTENSION = "extension/package.zip";
    private static final List<String> ICONS = List.of("Large", "Wide", "Medium", "Small", "Hero");
    private static final long ICON = 1_024;

    private PackageFiles() {
    }

    /** What a stamp downloads for {@code product}, in the order it downloads them. */
    public static List<PackageFile> downloaded(Product product) {
        long payload = Math.max(SMALLEST, product.listing().payloadLength() / SCALE);
        List<PackageFile> main = product.kind() == ProductKind.VIRTUAL_MACHINE
                ? List.of(new PackageFile(OS_DISK, payload)).appendAll(List.range(0, product.payload().dataDisks())
                        .map(lun -> new PackageFile(dataDisk(lun), SMALLEST)))
                : List.of(new PackageFile(EXTENSION, payload));
        return main.prepend(new PackageFile(GALLERY, SMALLEST));
    }

    /** Every file served for {@code product}: the downloaded ones and the icons. */
    public static List<PackageFile> served(Product product) {
        return downloaded(product).appendAll(ICONS.map(size -> new PackageFile(icon(size), ICON)));
    }

    public static Option<PackageFile> find(Product product, String path) {
        return served(product).find(file -> file.path().equals(path));
    }

    public static String dataDisk(int lun) {
        return "image/data" + lun + ".vhd";
    }

    public static String icon(String size) {
        return "icons/" + size + ".png";
    }
}
