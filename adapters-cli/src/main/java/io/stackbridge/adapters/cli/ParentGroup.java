package io.stackbridge.adapters.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a {@link CommandGroup} that sits under another one ({@code azure faults} under {@code azure}): names that group. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParentGroup {

    Class<? extends CommandGroup> value();
}
