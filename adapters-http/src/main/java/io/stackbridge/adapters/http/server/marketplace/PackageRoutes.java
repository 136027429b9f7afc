package io.stackbridge.adapters.http.server.marketplace;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.marketplace.PackageContent;
import io.stackbridge.domain.marketplace.PackageFile;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The simulated package files the download details point at ({@code GET /marketplace/packages/{product}/{path}}),
 * served as Azure Blob Storage serves a blob: the whole file (200, {@code Content-MD5}) or the byte
 * range asked for (206, {@code Content-Range}), 416 for a range that starts at or past the end, and
 * always the whole file's MD5 in {@code x-ms-blob-content-md5}, so that a download resumed from any
 * offset can check what it assembled. Fault rules match {@code MarketplacePackages_Download}.
 */
public final class PackageRoutes {

    static final String PATH = ReadPackageFileUseCase.ROOT + "{product}/<file>";

    private final ReadPackageFileUseCase files;

    @Inject
    public PackageRoutes(ReadPackageFileUseCase files) {
        this.files = files;
    }

    public List<Route> routes() {
        return List.of(Route.of(HandlerType.GET, PATH, Operation.MarketplacePackages_Download, Surface.PACKAGES,
                call -> Either.right(FaultCall.of(Operation.MarketplacePackages_Download)), this::file));
    }

    private Either<DomainError, Reply> file(Call call) {
        return files.read(call.path("product"), call.path("file"))
                .map(served -> answer(served.product(), served.file(), ByteRange.of(call.header("Range"), served.file().length())));
    }

    private static Reply answer(String product, PackageFile file, io.vavr.control.Option<ByteRange> range) {
        String md5 = PackageContent.md5(product, file);
        if (range.isEmpty()) {
            byte[] whole = PackageContent.bytes(product, file, 0, (int) file.length());
            return blob(Reply.binary(200, whole), md5).withHeader("Content-MD5", md5);
        }
        ByteRange asked = range.get();
        if (asked.unsatisfiable()) {
            return blob(Reply.empty(416), md5).withHeader("Content-Range", "bytes */" + file.length());
        }
        byte[] part = PackageContent.bytes(product, file, asked.first(), (int) asked.length());
        return blob(Reply.binary(206, part), md5)
                .withHeader("Content-Range", "bytes " + asked.first() + "-" + asked.last() + "/" + file.length());
    }

    private static Reply blob(Reply reply, String md5) {
        return reply.withHeader("Accept-Ranges", "bytes").withHeader("x-ms-blob-type", "BlockBlob")
                .withHeader("x-ms-blob-content-md5", md5);
    }
}
