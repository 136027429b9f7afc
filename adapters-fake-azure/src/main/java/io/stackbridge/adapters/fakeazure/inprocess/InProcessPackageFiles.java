package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.application.port.out.MarketplacePort.PackageSink;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.PackageContent;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.vavr.control.Either;
import java.net.URI;

/**
 * Hands a package file to a sink from an offset, in pieces, as the emulator's package route would
 * send it; an address outside {@code /marketplace/packages/{product}/{path}} is {@code ResourceNotFound}.
 */
final class InProcessPackageFiles {

    private static final int PIECE = 65_536;

    private final ReadPackageFileUseCase files;

    InProcessPackageFiles(ReadPackageFileUseCase files) {
        this.files = files;
    }

    Either<DomainError, PackageReceipt> download(URI address, long from, PackageSink sink) {
        String path = address.getPath() == null ? "" : address.getPath();
        String below = path.startsWith(ReadPackageFileUseCase.ROOT) ? path.substring(ReadPackageFileUseCase.ROOT.length()) : "";
        int slash = below.indexOf('/');
        if (slash <= 0) {
            return Either.left(new ResourceNotFound(path));
        }
        return files.read(below.substring(0, slash), below.substring(slash + 1)).map(served -> {
            var file = served.file();
            PackageReceipt receipt = new PackageReceipt(file.length(), PackageContent.md5(served.product(), file));
            if (from < file.length()) {
                sink.opened(file.length());
                for (long at = Math.max(0, from); at < file.length(); at += PIECE) {
                    int length = (int) Math.min(PIECE, file.length() - at);
                    sink.received(PackageContent.bytes(served.product(), file, at, length), length);
                }
            }
            return receipt;
        });
    }
}
