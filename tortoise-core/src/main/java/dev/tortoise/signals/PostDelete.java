package dev.tortoise.signals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of a model that runs after {@code delete()} removed the instance's row,
 * as a {@link PostDeleteListener} does, and before the listeners registered with {@link Signals}.
 * It takes no arguments; it may be private or inherited from an abstract parent model. Found once,
 * at init: a static method or one with parameters fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PostDelete {
}
