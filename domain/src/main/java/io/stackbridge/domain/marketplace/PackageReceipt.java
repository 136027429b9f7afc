package io.stackbridge.domain.marketplace;

import java.util.Objects;

/** What a download of one package file learnt from the service: the whole file's length and its MD5 (Base64). */
public record PackageReceipt(long length, String md5) {

    public PackageReceipt {
        Objects.requireNonNull(md5, "md5");
    }
}
