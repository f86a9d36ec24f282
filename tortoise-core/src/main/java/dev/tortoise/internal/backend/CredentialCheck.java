package dev.tortoise.internal.backend;

import dev.tortoise.internal.config.Suggestions;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.CredentialKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the credential keys (URL parameters included) of a connection that its backend would
 * ignore, and words the warning init logs about them: the alias, the engine, each unknown key with
 * a close known name when there is one, and every key the backend knows. Only key names appear,
 * never values, so no password can leak. Stateless; never blocks beyond what the backend's
 * {@link BackendProvider#acceptsCredential} does.
 */
public final class CredentialCheck {

    private CredentialCheck() {
    }

    /**
     * The warning for one connection, or empty when the backend knows every key.
     *
     * @param alias       the connection alias
     * @param provider    the connection's backend
     * @param credentials the expanded credentials of the connection
     */
    public static Optional<String> unknownKeys(String alias, BackendProvider provider, Map<String, Object> credentials) {
        List<String> known = new ArrayList<>();
        for (CredentialKey<?> key : provider.credentialKeys()) {
            known.add(key.name());
        }
        List<String> unknown = new ArrayList<>();
        for (String key : credentials.keySet()) {
            if (!provider.acceptsCredential(key)) {
                unknown.add("\"" + key + "\"" + Suggestions.didYouMean(key, known));
            }
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Connection '" + alias + "' (" + provider.engine() + "): unknown credential"
                + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                + " ignored; the keys this backend knows are " + provider.describeCredentialKeys());
    }
}
