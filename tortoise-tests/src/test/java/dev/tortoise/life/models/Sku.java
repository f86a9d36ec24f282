package dev.tortoise.life.models;

import dev.tortoise.fields.Converter;

/** A product code stored as text; the converter refuses lower case. */
public record Sku(String code) {
    /** The converter of {@link Sku} to a CHAR column. */
    public static final class Text implements Converter<Sku, String> {
        @Override
        public String toDb(Sku value) {
            if (!value.code().equals(value.code().toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("SKUs are upper case");
            }
            return value.code();
        }

        @Override
        public Sku fromDb(String value) {
            return new Sku(value);
        }
    }
}
