package io.stackbridge.domain.identity;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;

/** Why a bearer token was not accepted. Each has a sentence under {@code tokenProblem.<NAME>}. */
public enum TokenProblem implements Localizable {
    MISSING,
    MALFORMED,
    BAD_SIGNATURE,
    WRONG_AUDIENCE,
    WRONG_ISSUER,
    EXPIRED,
    NOT_YET_VALID;

    @Override
    public String messageKey() {
        return "tokenProblem." + name();
    }

    @Override
    public List<Object> messageArguments() {
        return List.empty();
    }
}
