package dev.tortoise.internal.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the one datetime spelling that backends write and read back all day
 * ({@code 2024-05-06 07:08:09.123456}, {@code T} or a space between, optional fraction of up to
 * nine digits, optional {@code Z} or {@code ±HH:MM}) without a {@code DateTimeFormatter}.
 *
 * <p>SQLite keeps datetimes as text, so every row read parses one; the lenient formatter that
 * accepts every ISO variant costs several times more per value than this scan (the CRUD suite's
 * profile). Anything else, including text the formatter would repair (a February 30th, hour 24,
 * lower-case letters), gives {@code null} so that the caller falls back to the formatter and its
 * exact behaviour and messages stay as they were.
 */
final class CanonicalDateTimeText {

    private CanonicalDateTimeText() {
    }

    /** The instant {@code text} denotes, offset-less text taken in {@code naiveZone}; null when not canonical. */
    static Instant instant(String text, ZoneId naiveZone) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != ' ' && separator != 'T') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (at < n && text.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + (text.charAt(at) - '0');
                at++;
            }
            int width = at - start;
            if (width == 0) {
                return null;
            }
            for (int i = width; i < 9; i++) {
                nanos *= 10;
            }
        }
        LocalDateTime wall = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        if (at == n) {
            return wall.atZone(naiveZone).toInstant();
        }
        ZoneOffset offset = offset(text, at);
        return offset == null ? null : wall.toInstant(offset);
    }

    /**
     * {@code Z} or {@code ±HH:MM} filling the rest of the text; null otherwise ({@code ±HHMM} too: the
     * formatter reads only its hours and then fails on the minutes, and that stays its answer).
     */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        char sign = text.charAt(at);
        if (rest == 1 && sign == 'Z') {
            return ZoneOffset.UTC;
        }
        if ((sign != '+' && sign != '-') || rest != 6 || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, at + 3);
        int minutes = digits(text, at + 4, at + 6);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
