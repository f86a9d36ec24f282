package dev.tortoise.signals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of a model that runs after each {@code save()} of the instance, as a
 * {@link PostSaveListener} does, and before the listeners registered with {@link Signals}. It
 * takes no arguments, or {@code (boolean created, List<String> updateFields)}; it may be private or
 * inherited from an abstract parent model. Found once, at init: a static method or another
 * parameter list fails init with a {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PostSave {
}
