package io.stackbridge.domain.archfixture;

/** Breaks rules b and d: a domain class that depends on Dagger. */
public final class DomainUsingDagger {

    public String resolve(dagger.Lazy<String> value) {
        return value.get();
    }
}
