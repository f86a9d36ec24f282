package dev.tortoise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field path a record component reads in {@link QuerySet#values(Class)}, when it is not the
 * component's own name: a relation path ({@code "tournament__name"}), a foreign key's key
 * ({@code "tournament"}), a field of another name, or an annotation's alias.
 *
 * <pre>{@code
 * record EventRow(String name, @Path("tournament__name") String tournament, BigDecimal prize) { }
 * List<EventRow> rows = Event.objects.all().values(EventRow.class);   // one query with a join
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Path {
    /** The path, in lookup syntax ({@code "tournament__organizer__name"}). */
    String value();
}
