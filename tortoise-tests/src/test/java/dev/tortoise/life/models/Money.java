package dev.tortoise.life.models;

import java.math.BigDecimal;

/** A value object stored in a DECIMAL column through {@link MoneyConverter}. */
public record Money(BigDecimal amount) {
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }
}
