package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.emulator.GivenAdminKey;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What the user said about exposing the emulator: the admin key of {@code --admin-key} and of the
 * {@value #ENVIRONMENT_KEY} variable (as typed, checked later; {@link GivenAdminKey} picks one), {@code --require-admin-key},
 * {@code --allow-weak-auth}, {@code --allow-plain-http}, and the certificate names of {@code --cert-san} (already checked).
 */
public record ExposureChoices(Option<String> optionKey, Option<String> environmentKey, boolean requireAdminKey, boolean allowWeakAuth,
                              boolean allowPlainHttp, List<String> certificateNames) {

    /** The environment variable that gives the admin key when {@code --admin-key} does not. */
    public static final String ENVIRONMENT_KEY = GivenAdminKey.ENVIRONMENT;

    public ExposureChoices {
        Objects.requireNonNull(optionKey, "optionKey");
        Objects.requireNonNull(environmentKey, "environmentKey");
        Objects.requireNonNull(certificateNames, "certificateNames");
    }

    /** No option given; the admin key of the environment variable, if set. */
    public static ExposureChoices none(Option<String> environmentKey) {
        return new ExposureChoices(Option.none(), environmentKey, false, false, false, List.empty());
    }
}
