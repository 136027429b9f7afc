package io.stackbridge.domain.linked;

import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A linked subscription's {@code registrationResourceId}: the Resource Manager ID of a
 * {@code Microsoft.AzureStack/registrations} resource, read without regard to case, its three names
 * checked by their own rules.
 */
public final class RegistrationReference {

    public static final String FIELD = "registrationResourceId";
    private static final Pattern ID = Pattern.compile(
            "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.AzureStack/registrations/([^/]+)/?",
            Pattern.CASE_INSENSITIVE);

    private RegistrationReference() {
    }

    public static Validation<Seq<Violation>, RegistrationKey> parse(String text) {
        return parse(FIELD, text);
    }

    /** The same, its problems named {@code field}. */
    public static Validation<Seq<Violation>, RegistrationKey> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        Matcher id = ID.matcher(text.trim());
        if (!id.matches()) {
            return Violation.invalid(field, Excerpt.of(text), Rule.NOT_A_REGISTRATION_ID);
        }
        return Validation.combine(
                        SubscriptionId.parse(field, id.group(1)),
                        ResourceGroupName.parse(id.group(2)).mapError(problems -> problems.map(p -> p.at(field))),
                        RegistrationName.parse(field, id.group(3)))
                .ap(RegistrationKey::new)
                .mapError(nested -> nested.flatMap(problems -> problems));
    }
}
