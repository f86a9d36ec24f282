package dev.tortoise.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link CredentialKey} constants are declared, so that each reads like a sentence:
 * {@code key("port", Integer.class).on(POSTGRES, 5432).on(MYSQL, 3306).fromUrl().means("...")}.
 */
final class CredentialKeySpec {

    final String wireName;
    final Class<?> type;
    final Map<String, Object> defaults = new LinkedHashMap<>();
    boolean required;
    boolean fromUrl;
    boolean pragma = true;
    String spellingOf;
    String meaning;

    CredentialKeySpec(String wireName, Class<?> type) {
        this.wireName = wireName;
        this.type = type;
    }

    CredentialKeySpec on(String engine) {
        return on(engine, null);
    }

    CredentialKeySpec on(String engine, Object defaultValue) {
        defaults.put(engine, defaultValue);
        return this;
    }

    CredentialKeySpec required() {
        required = true;
        return this;
    }

    CredentialKeySpec fromUrl() {
        fromUrl = true;
        return this;
    }

    CredentialKeySpec notPragma() {
        pragma = false;
        return this;
    }

    CredentialKeySpec spellingOf(String otherWireName) {
        spellingOf = otherWireName;
        return this;
    }

    CredentialKeySpec means(String text) {
        meaning = text;
        return this;
    }

    static CredentialKeySpec key(String wireName, Class<?> type) {
        return new CredentialKeySpec(wireName, type);
    }
}
