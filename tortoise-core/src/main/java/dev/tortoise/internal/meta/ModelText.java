package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.internal.config.Secrets;

/**
 * {@code Model.toString()}: {@code Event{id=1, name=Final, prize=99.50}}. The primary key comes
 * first, then the data fields in column order. Relations are left out (printing them could load
 * them or recurse), and so are fields whose name looks secret ({@code password}, {@code token},
 * ...). Long values are cut after 40 characters, byte arrays show their size. A key-only reference (an
 * unfetched foreign-key target) says so: {@code Author{id=7, not fetched}}. Never touches the
 * database and never throws.
 */
public final class ModelText {
    private static final int LONGEST_TEXT = 40;

    private ModelText() {
    }

    /** The text of an instance, given its metadata (null when the class is not part of an open instance). */
    public static String of(Model instance, ModelMeta meta) {
        String name = instance.getClass().getSimpleName();
        if (meta == null) {
            return name + "{not initialised: its Tortoise instance is not open}";
        }
        StringBuilder out = new StringBuilder(name).append('{');
        FieldMeta pk = meta.pk();
        out.append(pk.name()).append('=').append(value(pk.get(instance)));
        if (InstanceState.of(instance).referenceOnly()) {
            return out.append(", not fetched}").toString();
        }
        for (FieldMeta field : meta.fields()) {
            if (field == pk || field.isKeyField() || Secrets.isSecret(field.name())) {
                continue;
            }
            out.append(", ").append(field.name()).append('=').append(value(field.get(instance)));
        }
        return out.append('}').toString();
    }

    private static String value(Object value) {
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = String.valueOf(value);
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT) + "...";
    }
}
