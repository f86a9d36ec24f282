package dev.tortoise.bench.crud.model.shape3;

import dev.tortoise.bench.crud.model.JournalModel;
import dev.tortoise.bench.crud.model.WideDefaults;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Shape 3: shape 1 plus 32 columns in four groups of double, small int, int, big int,
 * varchar(255), text, decimal(12,8) and JSON. Groups 1 and 3 are NOT NULL with upstream's defaults
 * as Java initialisers ({@link WideDefaults}); groups 2 and 4 are nullable and stay NULL.
 */
public class Journal extends JournalModel {

    // group 1: NOT NULL, Python-side defaults
    @FloatField
    public Double colFloat1 = WideDefaults.FLOAT;
    @SmallIntField
    public Short colSmallint1 = WideDefaults.SMALLINT;
    @IntField
    public Integer colInt1 = WideDefaults.INT;
    @BigIntField
    public Long colBigint1 = WideDefaults.BIGINT;
    @CharField(maxLength = 255)
    public String colChar1 = WideDefaults.CHAR;
    @TextField
    public String colText1 = WideDefaults.TEXT;
    @DecimalField(maxDigits = 12, decimalPlaces = 8)
    public BigDecimal colDecimal1 = WideDefaults.DECIMAL;
    @JSONField
    public Map<String, Object> colJson1 = WideDefaults.JSON;

    // group 2: nullable, left NULL
    @FloatField(nullable = true)
    public Double colFloat2;
    @SmallIntField(nullable = true)
    public Short colSmallint2;
    @IntField(nullable = true)
    public Integer colInt2;
    @BigIntField(nullable = true)
    public Long colBigint2;
    @CharField(maxLength = 255, nullable = true)
    public String colChar2;
    @TextField(nullable = true)
    public String colText2;
    @DecimalField(maxDigits = 12, decimalPlaces = 8, nullable = true)
    public BigDecimal colDecimal2;
    @JSONField(nullable = true)
    public Map<String, Object> colJson2;

    // group 3: NOT NULL, Python-side defaults
    @FloatField
    public Double colFloat3 = WideDefaults.FLOAT;
    @SmallIntField
    public Short colSmallint3 = WideDefaults.SMALLINT;
    @IntField
    public Integer colInt3 = WideDefaults.INT;
    @BigIntField
    public Long colBigint3 = WideDefaults.BIGINT;
    @CharField(maxLength = 255)
    public String colChar3 = WideDefaults.CHAR;
    @TextField
    public String colText3 = WideDefaults.TEXT;
    @DecimalField(maxDigits = 12, decimalPlaces = 8)
    public BigDecimal colDecimal3 = WideDefaults.DECIMAL;
    @JSONField
    public Map<String, Object> colJson3 = WideDefaults.JSON;

    // group 4: nullable, left NULL
    @FloatField(nullable = true)
    public Double colFloat4;
    @SmallIntField(nullable = true)
    public Short colSmallint4;
    @IntField(nullable = true)
    public Integer colInt4;
    @BigIntField(nullable = true)
    public Long colBigint4;
    @CharField(maxLength = 255, nullable = true)
    public String colChar4;
    @TextField(nullable = true)
    public String colText4;
    @DecimalField(maxDigits = 12, decimalPlaces = 8, nullable = true)
    public BigDecimal colDecimal4;
    @JSONField(nullable = true)
    public Map<String, Object> colJson4;
}
