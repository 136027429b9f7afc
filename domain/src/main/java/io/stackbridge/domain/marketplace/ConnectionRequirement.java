package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * What a product needs of the stamp's link to the outside: nothing, the internet, Azure, or no link at
 * all. These names are ours; the specification only names the issues they raise
 * ({@code ConnectionToInternetRequired}, {@code ConnectionToAzureRequired}, {@code DisconnectedEnvironmentRequired}).
 */
public enum ConnectionRequirement {
    None,
    Internet,
    Azure,
    Disconnected;

    public static Validation<Seq<Violation>, ConnectionRequirement> parse(String field, String text) {
        return WireNames.parse(field, text, values(), Enum::name);
    }
}
