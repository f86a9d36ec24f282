package dev.tortoise.life.models;

import dev.tortoise.fields.Converter;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

/** Money to its amount; counts its instances to prove one is made per field at init. */
public final class MoneyConverter implements Converter<Money, BigDecimal> {
    public static final AtomicInteger MADE = new AtomicInteger();

    public MoneyConverter() {
        MADE.incrementAndGet();
    }

    @Override
    public BigDecimal toDb(Money value) {
        return value.amount();
    }

    @Override
    public Money fromDb(BigDecimal value) {
        return new Money(value);
    }
}
