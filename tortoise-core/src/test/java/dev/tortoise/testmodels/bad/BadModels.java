package dev.tortoise.testmodels.bad;

import dev.tortoise.Model;
import dev.tortoise.fields.BinaryField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.Models;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.fields.ReverseRelation;
import dev.tortoise.fields.TextField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One failing case per holder class below; each is a module ("dev.tortoise.testmodels.bad.TwoPks")
 * whose nested classes are its models. The holders are package-private top-level classes.
 */
public final class BadModels {
    private BadModels() {
    }
}

class TwoPks {
    static class Event extends Model {
        @IntField(pk = true) Integer a;
        @IntField(pk = true) Integer b;
    }
}

class IdNotPk {
    static class Event extends Model {
        @CharField(maxLength = 5) String id;
    }
}

class PlainIdNotPk {
    static class Event extends Model {
        Integer id;
    }
}

class CharNoLength {
    static class Event extends Model {
        @CharField(maxLength = 0) String name;
    }
}

class DecimalNoDigits {
    static class Event extends Model {
        @DecimalField(maxDigits = 0, decimalPlaces = 2) BigDecimal prize;
    }
}

class DecimalNegativePlaces {
    static class Event extends Model {
        @DecimalField(maxDigits = 4, decimalPlaces = -1) BigDecimal prize;
    }
}

class AutoNowBoth {
    static class Event extends Model {
        @DatetimeField(autoNow = true, autoNowAdd = true) OffsetDateTime modified;
    }
}

class TextUnique {
    static class Event extends Model {
        @TextField(unique = true) String body;
    }
}

class TextIndex {
    static class Event extends Model {
        @TextField(dbIndex = true) String body;
    }
}

class JsonIndex {
    static class Event extends Model {
        @JSONField(dbIndex = true) Map<String, Object> data;
    }
}

class BinaryUnique {
    static class Event extends Model {
        @BinaryField(unique = true) byte[] blob;
    }
}

class NullablePk {
    static class Event extends Model {
        @IntField(pk = true, nullable = true) Integer id;
    }
}

class TwoAnnotations {
    static class Event extends Model {
        @IntField @CharField(maxLength = 3) Integer both;
    }
}

class WrongJavaType {
    static class Event extends Model {
        @CharField(maxLength = 10) Integer name;
    }
}

enum PlainEnum { A, B }

enum TooBig implements IntEnum {
    HUGE;

    @Override
    public int value() {
        return 40_000;
    }
}

class IntEnumNotIntEnum {
    static class Event extends Model {
        @IntEnumField PlainEnum kind;
    }
}

class IntEnumOutOfRange {
    static class Event extends Model {
        @IntEnumField TooBig kind;
    }
}

class CharEnumNotEnum {
    static class Event extends Model {
        @CharEnumField String kind;
    }
}

class PrimitiveNullable {
    static class Event extends Model {
        @IntField(nullable = true) int count;
    }
}

class PrimitiveGeneratedPk {
    static class Event extends Model {
        @IntField(pk = true) int id;
    }
}

class StaticField {
    static class Event extends Model {
        @IntField static Integer count;
    }
}

class FinalField {
    static class Event extends Model {
        @IntField final Integer count = 1;
    }
}

class NoDefaultConstructor {
    static class Event extends Model {
        Event(int unused) {
        }
    }
}

class Target {
    static class Tournament extends Model {
        @CharField(maxLength = 10) String name;
        @CharField(maxLength = 10, unique = true) String code;
        @CharField(maxLength = 10) String event;
    }
}

class SetNullNotNullable {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", onDelete = OnDelete.SET_NULL) Target.Tournament tournament;
    }
}

class BadReference {
    static class Event extends Model {
        @ForeignKeyField("Tournament") Target.Tournament tournament;
    }
}

class BadM2mReference {
    static class Event extends Model {
        @ManyToManyField("models.app.Tournament") ManyToManyRelation<Target.Tournament> tournaments;
    }
}

class ValueAndTo {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", to = Target.Tournament.class) Target.Tournament tournament;
    }
}

class NoTarget {
    static class Event extends Model {
        @OneToOneField Target.Tournament tournament;
    }
}

class M2mNotHolder {
    static class Event extends Model {
        @ManyToManyField("models.Tournament") List<Target.Tournament> tournaments;
    }
}

class FkNotModel {
    static class Event extends Model {
        @ForeignKeyField("models.Tournament") String tournament;
    }
}

class FkPk {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", pk = true) Target.Tournament tournament;
    }
}

class UnknownApp {
    static class Event extends Model {
        @ForeignKeyField("nope.Tournament") Target.Tournament tournament;
    }
}

class UnknownModel {
    static class Event extends Model {
        @ForeignKeyField("models.Tournamen") Target.Tournament tournament;
    }
}

class ToFieldMissing {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", toField = "nothing") Target.Tournament tournament;
    }
}

class ToFieldNotUnique {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", toField = "name") Target.Tournament tournament;
    }
}

class DuplicateBackward {
    static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", relatedName = "events") Target.Tournament tournament;
    }

    static class Party extends Model {
        @ForeignKeyField(value = "models.Tournament", relatedName = "events") Target.Tournament tournament;
    }
}

class BackwardClashesWithField {
    static class Event extends Model {
        @OneToOneField(value = "models.Tournament", relatedName = "event") Target.Tournament tournament;
    }
}

class KeyFieldTaken {
    static class Event extends Model {
        @ForeignKeyField("models.Tournament") Target.Tournament tournament;
        @IntField Integer tournament_id;
    }
}

class SharedThrough {
    static class Event extends Model {
        @ManyToManyField(value = "models.Tournament", relatedName = "events") ManyToManyRelation<Target.Tournament> a;
        @ManyToManyField(value = "models.Tournament", relatedName = "events2") ManyToManyRelation<Target.Tournament> b;
    }
}

class HolderWithoutRelation {
    static class Event extends Model {
        ReverseRelation<Event> parties;
    }
}

class HolderWrongType {
    static class Club extends Model {
        ReverseRelation<Club> members;
    }

    static class Member extends Model {
        @ForeignKeyField(value = "models.Club", relatedName = "members") Club club;
    }
}

@Models({NotRegisteredTarget.Event.class})
class NotRegisteredTarget {
    static class Stranger extends Model {
    }

    static class Event extends Model {
        @ForeignKeyField(to = Stranger.class) Stranger stranger;
    }
}

class FieldTypeMismatch {
    static class Other extends Model {
    }

    static class Event extends Model {
        @ForeignKeyField("models.Tournament") Other tournament;
    }
}

class OneToOnePkCycle {
    static class A extends Model {
        @OneToOneField(value = "models.B", pk = true) B b;
    }

    static class B extends Model {
        @OneToOneField(value = "models.A", pk = true) A a;
    }
}

class HookWithWrongParameters {
    static class Event extends Model {
        @dev.tortoise.signals.PostSave
        void saved(String what) {
        }
    }
}

class StaticHook {
    static class Event extends Model {
        @dev.tortoise.signals.PreDelete
        static void gone() {
        }
    }
}

class HookThrowsChecked {
    static class Event extends Model {
        @dev.tortoise.signals.PreSave
        void check() throws java.io.IOException {
        }
    }
}

class TwoHookAnnotations {
    static class Event extends Model {
        @dev.tortoise.signals.PreSave
        @dev.tortoise.signals.PostSave
        void both() {
        }
    }
}

class MinValueOnText {
    static class Event extends Model {
        @CharField(maxLength = 5) @dev.tortoise.validators.MinValue(1) String name;
    }
}

class BadRegex {
    static class Event extends Model {
        @CharField(maxLength = 5) @dev.tortoise.validators.Regex("[a-") String name;
    }
}

class ValidatorOfAnotherType {
    public static final class IntOnly implements dev.tortoise.validators.Validator<Integer> {
        @Override
        public void validate(Integer value) {
        }
    }

    static class Event extends Model {
        @CharField(maxLength = 5, validators = IntOnly.class) String name;
    }
}

class ValidatorWithoutConstructor {
    public static final class NeedsArgument implements dev.tortoise.validators.Validator<String> {
        public NeedsArgument(int limit) {
        }

        @Override
        public void validate(String value) {
        }
    }

    static class Event extends Model {
        @CharField(maxLength = 5, validators = NeedsArgument.class) String name;
    }
}

class VersionOnText {
    static class Event extends Model {
        @dev.tortoise.fields.VersionField String version;
    }
}

class TwoVersions {
    static class Event extends Model {
        @dev.tortoise.fields.VersionField Integer a;
        @dev.tortoise.fields.VersionField Long b;
    }
}

class VersionWithFieldAnnotation {
    static class Event extends Model {
        @dev.tortoise.fields.VersionField @IntField Integer version;
    }
}

class BothDbDefaults {
    static class Event extends Model {
        @IntField(dbDefault = "1", dbDefaultSql = "2") Integer level;
    }
}

class DbDefaultSqlWithSemicolon {
    static class Event extends Model {
        @IntField(dbDefaultSql = "1; DROP TABLE x") Integer level;
    }
}

class SupplierOfAnotherType {
    public static final class Words implements java.util.function.Supplier<String> {
        @Override
        public String get() {
            return "w";
        }
    }

    static class Event extends Model {
        @IntField(defaultSupplier = Words.class) Integer level;
    }
}

class SupplierOnPrimitive {
    public static final class One implements java.util.function.Supplier<Integer> {
        @Override
        public Integer get() {
            return 1;
        }
    }

    static class Event extends Model {
        @IntField(defaultSupplier = One.class) int level;
    }
}

class ConvertedEnumKind {
    static class Event extends Model {
        @dev.tortoise.fields.ConvertedField(converter = TextConverter.class, kind = dev.tortoise.spi.FieldKind.CHAR_ENUM)
        StringBuilder name;
    }
}

class TextConverter implements dev.tortoise.fields.Converter<StringBuilder, String> {
    @Override
    public String toDb(StringBuilder value) {
        return value.toString();
    }

    @Override
    public StringBuilder fromDb(String value) {
        return new StringBuilder(value);
    }
}

class ConvertedWrongField {
    static class Event extends Model {
        @dev.tortoise.fields.ConvertedField(converter = TextConverter.class, kind = dev.tortoise.spi.FieldKind.TEXT)
        Integer name;
    }
}

class ConvertedWrongKind {
    static class Event extends Model {
        @dev.tortoise.fields.ConvertedField(converter = TextConverter.class, kind = dev.tortoise.spi.FieldKind.DECIMAL,
                maxDigits = 5)
        StringBuilder name;
    }
}

class ConvertedCharWithoutLength {
    static class Event extends Model {
        @dev.tortoise.fields.ConvertedField(converter = TextConverter.class, kind = dev.tortoise.spi.FieldKind.CHAR)
        StringBuilder name;
    }
}

class ConvertedRaw {
    @SuppressWarnings("rawtypes")
    static final class Raw implements dev.tortoise.fields.Converter {
        @Override
        public Object toDb(Object value) {
            return value;
        }

        @Override
        public Object fromDb(Object value) {
            return value;
        }
    }

    static class Event extends Model {
        @dev.tortoise.fields.ConvertedField(converter = Raw.class, kind = dev.tortoise.spi.FieldKind.TEXT)
        String name;
    }
}
