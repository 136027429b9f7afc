package io.stackbridge.adapters.http.archfixture;

import dagger.Component;

/** Breaks rule k: a Dagger component outside the composition root. */
@Component
public interface RogueComponent {
}
