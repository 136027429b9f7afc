package io.stackbridge.domain.marketplace;

/** Where a download stands: {@code received} bytes of {@code file} out of {@code length}, the attempt having resumed from {@code from}. */
public record DownloadStep(String file, long from, long received, long length) {
}
