package io.stackbridge.adapters.http.archfixture;

/** Breaks rule h: a field annotated with an injection annotation. */
public class FieldInjected {

    @jakarta.inject.Inject
    String injected;
}
