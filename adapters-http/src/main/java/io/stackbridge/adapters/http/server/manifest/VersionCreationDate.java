package io.stackbridge.adapters.http.server.manifest;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The optional {@code versionCreationDate} of CloudManifestFile_Get: when given, an ISO-8601 date
 * ({@code 2022-06-01}) or date and time with offset; anything else is {@code InvalidRequestContent}
 * naming it. The emulated cloud has one key per version, so a well-formed date does not change the answer.
 */
final class VersionCreationDate {

    static final String PARAMETER = "versionCreationDate";

    private VersionCreationDate() {
    }

    static Either<DomainError, Option<String>> check(Call call) {
        Option<String> given = call.query(PARAMETER);
        if (given.isEmpty() || readable(given.get().strip())) {
            return Either.right(given);
        }
        return Either.left(new ArmError.InvalidRequestContent(List.of(
                Violation.of(PARAMETER, Excerpt.of(given.get()), Rule.WRONG_TYPE, ValueType.TIME))));
    }

    private static boolean readable(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notATime) {
                return false;
            }
        }
    }
}
