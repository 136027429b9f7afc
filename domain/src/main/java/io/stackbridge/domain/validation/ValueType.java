package io.stackbridge.domain.validation;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;

/** The kinds of value a document field can be expected to hold, named in each language under {@code valueType.<NAME>}. */
public enum ValueType implements Localizable {
    OBJECT,
    ARRAY_OF_OBJECTS,
    ARRAY_OF_TEXT,
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    TIME,
    /** A dotted version such as 2206.2.66. */
    VERSION;

    @Override
    public String messageKey() {
        return "valueType." + name();
    }

    @Override
    public List<Object> messageArguments() {
        return List.empty();
    }
}
