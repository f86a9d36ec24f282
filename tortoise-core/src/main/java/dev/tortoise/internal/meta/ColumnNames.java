package dev.tortoise.internal.meta;

/** How Java names become column names. */
final class ColumnNames {
    private ColumnNames() {
    }

    /**
     * {@code createdAt} → {@code created_at}, {@code HTTPCode} → {@code http_code},
     * {@code name} → {@code name}; names that already contain underscores keep them.
     */
    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && (Character.isLowerCase(javaName.charAt(i - 1))
                        || Character.isDigit(javaName.charAt(i - 1)));
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
                if (i > 0 && javaName.charAt(i - 1) != '_' && (previousLower || (previousUpper && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
