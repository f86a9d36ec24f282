package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.TextField;
import dev.tortoise.validators.CommaSeparatedIntegers;
import dev.tortoise.validators.Email;
import dev.tortoise.validators.MaxLength;
import dev.tortoise.validators.MaxValue;
import dev.tortoise.validators.MinLength;
import dev.tortoise.validators.MinValue;
import dev.tortoise.validators.Regex;
import dev.tortoise.validators.Url;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Every built-in validator, a user's validator, a foreign-key validator and a model-level check. */
public class Member extends Model {
    public static final Manager<Member> objects = Manager.of(Member.class);

    @CharField(maxLength = 30) @MinLength(3) @MaxLength(20) @Regex("[a-z][a-z0-9_]*")
    public String handle;
    @IntField(nullable = true) @MinValue(18) @MaxValue(130)
    public Integer age;
    @DecimalField(maxDigits = 8, decimalPlaces = 2, nullable = true) @MinValue(0)
    public BigDecimal balance;
    @CharField(maxLength = 254, nullable = true) @Email
    public String email;
    @CharField(maxLength = 200, nullable = true) @Url
    public String homepage;
    @CharField(maxLength = 100, nullable = true) @CommaSeparatedIntegers
    public String seats;
    @TextField(nullable = true, validators = NoShouting.class)
    public String bio;
    @CharField(maxLength = 100, nullable = true) @MinLength(8)
    public String password;
    @DateField(nullable = true) public LocalDate joined;
    @DateField(nullable = true) public LocalDate left;
    @ForeignKeyField(value = "models.Club", nullable = true, relatedName = "members", validators = OpenClub.class)
    public Club club;

    /** A rule across two fields. */
    @Override
    public void validate() {
        if (joined != null && left != null && left.isBefore(joined)) {
            throw new ValidationException("Member " + handle + " left (" + left + ") before joining (" + joined + ")");
        }
    }

    /** A member that passes every check. */
    public static Member valid(String handle) {
        Member m = new Member();
        m.handle = handle;
        m.age = 30;
        m.balance = new BigDecimal("10.50");
        m.email = "ann@example.org";
        m.homepage = "https://example.org/ann";
        m.seats = "1,22,333";
        m.bio = "Hello there";
        m.password = "correct horse";
        return m;
    }
}
