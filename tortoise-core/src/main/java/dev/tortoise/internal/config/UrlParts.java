package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import java.util.Locale;

/**
 * A DB URL split the way Python's {@code urllib.parse.urlsplit} splits it, which is what upstream
 * URLs are written against: {@code scheme://netloc/path?query#fragment}.
 *
 * <p>Unlike {@link java.net.URI}, it accepts what users put in passwords: the user information is
 * everything before the <em>last</em> {@code @} of the netloc, the password everything after its
 * first {@code :}, so {@code [}, {@code ]}, {@code @}, {@code :} and {@code +} may appear unencoded.
 * {@code /}, {@code ?} and {@code #} end the netloc and must be percent-encoded in a password.
 *
 * @param scheme lowercased scheme, empty when the URL has none
 * @param netloc text between {@code //} and the path, empty when absent
 * @param path   path, with its leading {@code /} when present
 * @param query  raw query string without {@code ?}, empty when absent
 * @param atAfterNetloc whether an {@code @} appears after the netloc (in the path, query or
 *               fragment): in a server URL, the sign of a user name or password whose {@code /},
 *               {@code ?} or {@code #} was not percent-encoded and cut the netloc short
 */
public record UrlParts(String scheme, String netloc, String path, String query, boolean atAfterNetloc) {

    /**
     * What a server URL whose user information was cut short is told. It quotes nothing of the
     * URL: the text around the {@code @} may be a piece of the password.
     */
    public static final String ENCODE_PASSWORD = "the DB URL has an '@' after its host part, so its user name or"
            + " password could not be told apart from the rest: percent-encode (RFC 3986) every reserved character"
            + " in the user name, password and database name: '/' as %2F, '?' as %3F, '#' as %23, '@' as %40,"
            + " '%' as %25 (for example postgres://user:p%2Fss%40word@host:5432/db)";

    /** Splits a URL; never fails, since every string has some split. */
    public static UrlParts parse(String url) {
        String rest = url.strip();
        String scheme = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isSchemeText(rest.substring(0, colon))) {
            scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        String netloc = "";
        if (rest.startsWith("//")) {
            int end = indexOfAny(rest, 2, "/?#");
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
        }
        boolean atAfterNetloc = rest.indexOf('@') >= 0;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        return new UrlParts(scheme, netloc, rest, query, atAfterNetloc);
    }

    /** Raw user name (not decoded, as upstream), or null when the netloc has no user information. */
    public String username() {
        String userinfo = userinfo();
        if (userinfo == null) {
            return null;
        }
        int colon = userinfo.indexOf(':');
        return colon < 0 ? userinfo : userinfo.substring(0, colon);
    }

    /** Raw (still percent-encoded) password, or null when the user information has no {@code :}. */
    public String rawPassword() {
        String userinfo = userinfo();
        if (userinfo == null) {
            return null;
        }
        int colon = userinfo.indexOf(':');
        return colon < 0 ? null : userinfo.substring(colon + 1);
    }

    /**
     * Lowercased host without IPv6 brackets, or null when empty.
     *
     * @throws ConfigurationException when an IPv6 bracket is not closed
     */
    public String hostname() {
        String host = hostAndPortText()[0];
        return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }

    /**
     * The port as written, or null when the URL gives none.
     *
     * @throws ConfigurationException {@code Port is not an integer} when it is not a number from 0
     *     to 65535; the port text is quoted only when it follows an {@code @} or is made of digits
     *     (anything else may be a piece of a password whose {@code @} is missing)
     */
    public Integer port() {
        String text = hostAndPortText()[1];
        if (text.isEmpty()) {
            return null;
        }
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && text.length() <= 5) {
            int port = Integer.parseInt(text);
            if (port <= 65535) {
                return port;
            }
        }
        // After an '@', the port cannot be a piece of the password; without one it may be (user:password/db)
        boolean quotable = netloc.indexOf('@') >= 0 || digits && text.length() <= 10;
        throw new ConfigurationException("Port is not an integer" + (quotable ? ": " + MessageText.quote(text) : "")
                + " (a port is a number from 1 to 65535, after the host's ':'; a password that contains reserved"
                + " characters must be percent-encoded, RFC 3986)");
    }

    private String userinfo() {
        int at = netloc.lastIndexOf('@');
        return at < 0 ? null : netloc.substring(0, at);
    }

    private String[] hostAndPortText() {
        String hostport = netloc.substring(netloc.lastIndexOf('@') + 1);
        if (hostport.indexOf('[') >= 0 || hostport.indexOf(']') >= 0) {
            int close = hostport.indexOf(']');
            if (!hostport.startsWith("[") || close < 0) {
                // not quoted: the host part may be a piece of a password whose '@' is missing
                throw new ConfigurationException("Invalid IPv6 host in DB URL (write an IPv6 address in brackets,"
                        + " like [::1]:5432; brackets elsewhere in the host are not allowed)");
            }
            String after = hostport.substring(close + 1);
            int colon = after.indexOf(':');
            return new String[] {hostport.substring(1, close), colon < 0 ? "" : after.substring(colon + 1)};
        }
        int colon = hostport.indexOf(':');
        return colon < 0
                ? new String[] {hostport, ""}
                : new String[] {hostport.substring(0, colon), hostport.substring(colon + 1)};
    }

    private static boolean isSchemeText(String text) {
        if (!isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfAny(String text, int from, String delimiters) {
        for (int i = from; i < text.length(); i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
