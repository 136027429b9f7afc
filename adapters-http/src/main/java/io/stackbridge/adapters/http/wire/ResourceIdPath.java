package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/** Reads the registration a received ARM resource ID names ({@code /subscriptions/…/registrations/{name}[/…]}). */
public final class ResourceIdPath {

    private ResourceIdPath() {
    }

    public static Validation<Seq<Violation>, RegistrationKey> registration(String id) {
        String[] parts = id == null ? new String[0] : id.split("/");
        if (parts.length < 9 || !parts[1].equalsIgnoreCase("subscriptions")
                || !parts[3].equalsIgnoreCase("resourceGroups")
                || !parts[7].toLowerCase(Locale.ROOT).equals("registrations")) {
            return Violation.invalid("id", Excerpt.of(id), Rule.UNKNOWN_VALUE,
                    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.AzureStack/registrations/{name}");
        }
        return RegistrationKey.parse(parts[2], parts[4], parts[8]);
    }
}
