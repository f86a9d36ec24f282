package dev.tortoise.bench.crud.jdbc;

import dev.tortoise.bench.crud.model.WideDefaults;
import java.math.BigDecimal;
import java.util.Map;

/** A row of shape 3: shape 1 and the 32 columns, groups 1 and 3 set to upstream's defaults when made. */
public class WideJournalRow extends JournalRow {

    // group 1: NOT NULL, upstream's defaults
    public Double colFloat1 = WideDefaults.FLOAT;
    public Short colSmallint1 = WideDefaults.SMALLINT;
    public Integer colInt1 = WideDefaults.INT;
    public Long colBigint1 = WideDefaults.BIGINT;
    public String colChar1 = WideDefaults.CHAR;
    public String colText1 = WideDefaults.TEXT;
    public BigDecimal colDecimal1 = WideDefaults.DECIMAL;
    public Map<String, Object> colJson1 = WideDefaults.JSON;

    // group 2: nullable, left NULL
    public Double colFloat2;
    public Short colSmallint2;
    public Integer colInt2;
    public Long colBigint2;
    public String colChar2;
    public String colText2;
    public BigDecimal colDecimal2;
    public Map<String, Object> colJson2;

    // group 3: NOT NULL, upstream's defaults
    public Double colFloat3 = WideDefaults.FLOAT;
    public Short colSmallint3 = WideDefaults.SMALLINT;
    public Integer colInt3 = WideDefaults.INT;
    public Long colBigint3 = WideDefaults.BIGINT;
    public String colChar3 = WideDefaults.CHAR;
    public String colText3 = WideDefaults.TEXT;
    public BigDecimal colDecimal3 = WideDefaults.DECIMAL;
    public Map<String, Object> colJson3 = WideDefaults.JSON;

    // group 4: nullable, left NULL
    public Double colFloat4;
    public Short colSmallint4;
    public Integer colInt4;
    public Long colBigint4;
    public String colChar4;
    public String colText4;
    public BigDecimal colDecimal4;
    public Map<String, Object> colJson4;
}
