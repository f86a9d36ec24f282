package dev.tortoise.bench.crud.jpa.shape3;

import dev.tortoise.bench.crud.jpa.JournalEntity;
import dev.tortoise.bench.crud.model.WideDefaults;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The JPA twin of shape 3: the 32 columns as fields (column names from the snake-case naming
 * strategy), groups 1 and 3 initialised to upstream's defaults, JSON mapped with {@code SqlTypes.JSON}.
 * The suite reads them only through Hibernate, so they need no accessors.
 */
@Entity(name = "Journal")
@Table(name = "journal")
public class Journal extends JournalEntity {

    // group 1: NOT NULL, upstream's defaults
    @Column(nullable = false)
    private Double colFloat1 = WideDefaults.FLOAT;
    @Column(nullable = false)
    private Short colSmallint1 = WideDefaults.SMALLINT;
    @Column(nullable = false)
    private Integer colInt1 = WideDefaults.INT;
    @Column(nullable = false)
    private Long colBigint1 = WideDefaults.BIGINT;
    @Column(length = 255, nullable = false)
    private String colChar1 = WideDefaults.CHAR;
    @Column(nullable = false)
    private String colText1 = WideDefaults.TEXT;
    @Column(precision = 12, scale = 8, nullable = false)
    private BigDecimal colDecimal1 = WideDefaults.DECIMAL;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> colJson1 = WideDefaults.JSON;

    // group 2: nullable, left NULL
    @Column
    private Double colFloat2;
    @Column
    private Short colSmallint2;
    @Column
    private Integer colInt2;
    @Column
    private Long colBigint2;
    @Column(length = 255)
    private String colChar2;
    @Column
    private String colText2;
    @Column(precision = 12, scale = 8)
    private BigDecimal colDecimal2;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    private Map<String, Object> colJson2;

    // group 3: NOT NULL, upstream's defaults
    @Column(nullable = false)
    private Double colFloat3 = WideDefaults.FLOAT;
    @Column(nullable = false)
    private Short colSmallint3 = WideDefaults.SMALLINT;
    @Column(nullable = false)
    private Integer colInt3 = WideDefaults.INT;
    @Column(nullable = false)
    private Long colBigint3 = WideDefaults.BIGINT;
    @Column(length = 255, nullable = false)
    private String colChar3 = WideDefaults.CHAR;
    @Column(nullable = false)
    private String colText3 = WideDefaults.TEXT;
    @Column(precision = 12, scale = 8, nullable = false)
    private BigDecimal colDecimal3 = WideDefaults.DECIMAL;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> colJson3 = WideDefaults.JSON;

    // group 4: nullable, left NULL
    @Column
    private Double colFloat4;
    @Column
    private Short colSmallint4;
    @Column
    private Integer colInt4;
    @Column
    private Long colBigint4;
    @Column(length = 255)
    private String colChar4;
    @Column
    private String colText4;
    @Column(precision = 12, scale = 8)
    private BigDecimal colDecimal4;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    private Map<String, Object> colJson4;
}
