package io.stackbridge.application.port.out;

import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** The registration token's format: Base64 of UTF-8 JSON whose keys are read without regard to case. */
public interface RegistrationTokenCodecPort {

    /** The token's fields as found, or what made it undecodable (not Base64, not JSON, wrong types). */
    Either<Seq<Violation>, RegistrationTokenFields> decode(String token);

    String encode(RegistrationTokenContent content);
}
