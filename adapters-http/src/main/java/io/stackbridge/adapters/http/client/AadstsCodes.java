package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The catalog code an Entra ID refusal stands for, read from its first AADSTS number (the numbers
 * Entra ID and the emulator's token endpoint send), so that a LoginError's cause names it.
 */
final class AadstsCodes {

    private static final Map<Integer, ErrorCode> CODES = HashMap.of(
            7000215, ErrorCode.InvalidClientSecret,
            700016, ErrorCode.UnknownClient,
            7000112, ErrorCode.DisabledClient,
            90002, ErrorCode.UnknownTenant,
            500011, ErrorCode.InvalidScope,
            70003, ErrorCode.UnsupportedGrantType);

    private AadstsCodes() {
    }

    static Option<ErrorCode> of(int aadsts) {
        return CODES.get(aadsts);
    }
}
