package io.stackbridge.domain.validation;

/**
 * The kinds of problem a value can have. Each rule has an English and a French sentence in the
 * message bundles under the key {@code rule.<NAME>}; some take the arguments of their violation.
 */
public enum Rule {
    /** The value is missing or blank. */
    REQUIRED,
    /** Not a GUID in the 8-4-4-4-12 hexadecimal form. */
    NOT_A_GUID,
    /** Not a GUID, with or without dashes. */
    NOT_A_METER_ID,
    /** Longer than allowed; argument: the maximum length. */
    TOO_LONG,
    /** Contains characters outside the allowed set; arguments: the offending characters, the allowed punctuation. */
    INVALID_CHARACTERS,
    /** Ends with a period, which the name rules forbid. */
    ENDS_WITH_PERIOD,
    /** Not one of the known values; argument: the known values. */
    UNKNOWN_VALUE,
    /** Not a boolean ({@code true} or {@code false}). */
    NOT_A_BOOLEAN,
    /** Required by the billing model; argument: the billing model. */
    REQUIRED_BY_BILLING_MODEL,
    /** Not allowed by the billing model; argument: the billing model. */
    FORBIDDEN_BY_BILLING_MODEL,
    /** Negative where only zero or more is allowed. */
    NEGATIVE,
    /** Not a number. */
    NOT_A_NUMBER,
    /** A time that does not fall on the start of an hour. */
    NOT_ON_THE_HOUR,
    /** An interval that is not exactly one hour long. */
    NOT_ONE_HOUR,
    /** An empty list where at least one entry is needed. */
    EMPTY_LIST,
    /** A document that is not well-formed JSON; arguments: line and column. */
    MALFORMED_DOCUMENT,
    /** Text that is not Base64. */
    NOT_BASE64,
    /** A JSON value of the wrong type; argument: the expected {@link ValueType}. */
    WRONG_TYPE,
    /** A value given twice where it must be unique; argument: where it was given first. */
    DUPLICATE,
    /** A value that cannot be combined with another field's; arguments: that field and its value. */
    CONFLICTS_WITH,
    /** A problem known only as reported by another party (its words are the value). */
    REPORTED,
    /** A number outside its range; arguments: the lowest and highest allowed values. */
    OUT_OF_RANGE,
    /** Not the Resource Manager ID of a {@code Microsoft.AzureStack} registration. */
    NOT_A_REGISTRATION_ID,
    /** Not an X.509 certificate with an RSA key in PEM form. */
    NOT_A_CERTIFICATE,
    /**
     * A JSON value of the wrong type where a secret is expected (or a document that holds one); argument: the
     * expected {@link ValueType}. The value is never repeated: the violation carries none.
     */
    SECRET_WRONG_TYPE
}
