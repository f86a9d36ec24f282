package dev.tortoise.internal.types;

/** Facts about text values that decide whether a database can store or match them. Stateless. */
public final class TextValues {

    private TextValues() {
    }

    /** The index of the first UTF-16 surrogate without its partner, or -1 when the text is valid Unicode. */
    public static int loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
