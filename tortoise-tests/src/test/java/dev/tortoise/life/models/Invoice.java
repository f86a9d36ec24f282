package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.ConvertedField;
import dev.tortoise.spi.FieldKind;

/** Value objects in built-in column kinds. */
public class Invoice extends Model {
    public static final Manager<Invoice> objects = Manager.of(Invoice.class);

    @ConvertedField(converter = MoneyConverter.class, kind = FieldKind.DECIMAL, maxDigits = 12, decimalPlaces = 2)
    public Money total;

    @ConvertedField(converter = Sku.Text.class, kind = FieldKind.CHAR, maxLength = 8, nullable = true, dbIndex = true)
    public Sku sku;
}
