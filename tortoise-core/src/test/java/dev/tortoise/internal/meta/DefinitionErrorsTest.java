package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every model and field definition error (TORTOISE-SPEC §1.4 items 9–10, §3.2, §4), each from its
 * own models in {@code dev.tortoise.testmodels.bad}, asserting upstream's words and the place named.
 */
class DefinitionErrorsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // §3.2 primary keys
                Arguments.of("TwoPks", List.of("Can't create model Event with two primary keys, only single primary"
                        + " key is supported")),
                Arguments.of("IdNotPk", List.of("Can't create model Event without explicit primary key if field 'id'"
                        + " already present")),
                Arguments.of("PlainIdNotPk", List.of("Can't create model Event without explicit primary key if field"
                        + " 'id' already present")),
                Arguments.of("NullablePk", List.of("Event.id: IntField can't be both null=True and primary_key=True")),
                Arguments.of("PrimitiveGeneratedPk", List.of("Event.id: a generated primary key must have a wrapper")),
                // §4.6 field definitions
                Arguments.of("CharNoLength", List.of("Event.name: 'max_length' must be >= 1")),
                Arguments.of("DecimalNoDigits", List.of("Event.prize: 'max_digits' must be >= 1")),
                Arguments.of("DecimalNegativePlaces", List.of("Event.prize: 'decimal_places' must be >= 0")),
                Arguments.of("AutoNowBoth", List.of("Event.modified: You can choose only 'auto_now' or 'auto_now_add'")),
                Arguments.of("TextUnique", List.of("Event.body: TextField doesn't support unique indexes, consider"
                        + " CharField or another strategy")),
                Arguments.of("TextIndex", List.of("Event.body: TextField can't be indexed, consider CharField")),
                Arguments.of("JsonIndex", List.of("Event.data: JSONField can't be indexed")),
                Arguments.of("BinaryUnique", List.of("Event.blob: BinaryField can't be indexed")),
                Arguments.of("IntEnumNotIntEnum", List.of("Event.kind: IntEnumField only supports integer enums!",
                        "PlainEnum must implement dev.tortoise.fields.IntEnum")),
                Arguments.of("IntEnumOutOfRange", List.of("Event.kind: The valid range of IntEnumField's values is"
                        + " -32768..32767!", "TooBig.HUGE has 40000")),
                // Java adaptations
                Arguments.of("TwoAnnotations", List.of("Event.both: a field takes one field annotation",
                        "@IntField", "@CharField")),
                Arguments.of("WrongJavaType", List.of("Event.name: @CharField cannot annotate a field of type Integer;"
                        + " it accepts String")),
                Arguments.of("CharEnumNotEnum", List.of("Event.kind: @CharEnumField cannot annotate a field of type"
                        + " String; it accepts an enum")),
                Arguments.of("PrimitiveNullable", List.of("Event.count: a primitive int cannot hold NULL")),
                Arguments.of("StaticField", List.of("Event.count: a persisted field can be neither static nor final")),
                Arguments.of("FinalField", List.of("Event.count: a persisted field can be neither static nor final")),
                Arguments.of("NoDefaultConstructor", List.of("Can't create model", "NoDefaultConstructor$Event",
                        "needs a no-argument constructor")),
                // §4.1 relation construction
                Arguments.of("SetNullNotNullable", List.of("Event.tournament: If on_delete is SET_NULL, then field must"
                        + " have null=True set")),
                Arguments.of("BadReference", List.of("Event.tournament: ForeignKeyField accepts model name in format"
                        + " \"app.Model\"")),
                Arguments.of("BadM2mReference", List.of("Event.tournaments: ManyToManyField accepts model name in"
                        + " format \"app.Model\"")),
                Arguments.of("ValueAndTo", List.of("Event.tournament: ForeignKeyField needs its target either as value",
                        "give exactly one (both were given)")),
                Arguments.of("NoTarget", List.of("Event.tournament: OneToOneField needs its target",
                        "(neither was given)")),
                Arguments.of("M2mNotHolder", List.of("Event.tournaments: @ManyToManyField must annotate a field of type"
                        + " ManyToManyRelation<T>, not List")),
                Arguments.of("FkNotModel", List.of("Event.tournament: @ForeignKeyField must annotate a field whose"
                        + " type is the related model class or ForeignKeyRelation<Model>, not String")),
                Arguments.of("FkPk", List.of("Event.tournament: a ForeignKeyField can't be the primary key",
                        "@OneToOneField(pk = true)")),
                // §1.4 item 10 and §4 resolution
                Arguments.of("UnknownApp", List.of("Event.tournament: No app with name 'nope' registered. Please check"
                        + " your model names in ForeignKeyFields and configurations.")),
                Arguments.of("UnknownModel", List.of("Event.tournament: No model with name 'Tournamen' registered in"
                        + " app 'models'.", "Tournament")),
                Arguments.of("ToFieldMissing", List.of("Event.tournament: there is no field named \"nothing\" in model"
                        + " \"Tournament\"")),
                Arguments.of("ToFieldNotUnique", List.of("Event.tournament: field \"name\" in model \"Tournament\" is"
                        + " not unique")),
                Arguments.of("DuplicateBackward", List.of("Party.tournament: backward relation \"events\" duplicates"
                        + " in model Tournament")),
                Arguments.of("BackwardClashesWithField", List.of("backward relation \"event\" duplicates in model"
                        + " Tournament")),
                Arguments.of("KeyFieldTaken", List.of("Event.tournament: Field tournament_id already present in meta")),
                // API decision 4, holders, targets
                Arguments.of("SharedThrough", List.of("many-to-many fields Event.a and Event.b would share the through"
                        + " table \"event_tournament\"")),
                Arguments.of("HolderWithoutRelation", List.of("Event.parties: this ReverseRelation field matches no"
                        + " relation", "relatedName = \"parties\"")),
                Arguments.of("HolderWrongType", List.of("Club.members: ReverseRelation<Club> does not match the"
                        + " related model Member")),
                Arguments.of("NotRegisteredTarget", List.of("Event.stranger: ForeignKeyField targets",
                        "NotRegisteredTarget$Stranger, which is not a registered model")),
                Arguments.of("FieldTypeMismatch", List.of("Event.tournament: the field's type Other does not match its"
                        + " target models.Tournament")),
                Arguments.of("OneToOnePkCycle", List.of("one-to-one primary keys form a cycle")),
                // lifecycle methods (issue 15)
                Arguments.of("HookWithWrongParameters", List.of("Event.saved(): @PostSave needs an instance method taking"
                        + " no arguments or (boolean created, List<String> updateFields), found parameters [String]")),
                Arguments.of("StaticHook", List.of("Event.gone(): @PreDelete needs an instance method taking no"
                        + " arguments, found a static method")),
                Arguments.of("HookThrowsChecked", List.of("Event.check(): @PreSave methods may not declare checked"
                        + " exceptions (it declares IOException)")),
                Arguments.of("TwoHookAnnotations", List.of("Event.both(): a method takes one lifecycle annotation")),
                // validators (issue 15)
                Arguments.of("MinValueOnText", List.of("Event.name: @MinValue applies to number fields (Integer, Long,"
                        + " Short, Double, BigDecimal), not to String")),
                Arguments.of("BadRegex", List.of("Event.name: @Regex(\"[a-\") is not a valid regular expression")),
                Arguments.of("ValidatorOfAnotherType", List.of("Event.name: validator IntOnly checks Integer values,"
                        + " but the field holds String")),
                Arguments.of("ValidatorWithoutConstructor", List.of("Event.name: validator",
                        "NeedsArgument needs a no-argument constructor")),
                // optimistic locking (issue 15)
                Arguments.of("VersionOnText", List.of("Event.version: @VersionField needs an Integer, int, Long or long"
                        + " field, not String")),
                Arguments.of("TwoVersions", List.of("Event.b: a model has at most one @VersionField, and a is one already")),
                Arguments.of("VersionWithFieldAnnotation", List.of("Event.version: a field takes one field annotation",
                        "@VersionField", "@IntField")),
                // defaults (issue 15)
                Arguments.of("BothDbDefaults", List.of("Event.level: give dbDefault (a literal) or dbDefaultSql (an SQL"
                        + " expression), not both")),
                Arguments.of("DbDefaultSqlWithSemicolon", List.of("Event.level: dbDefaultSql is one SQL expression and"
                        + " may not hold ';'")),
                Arguments.of("SupplierOfAnotherType", List.of("Event.level: defaultSupplier Words supplies String, which"
                        + " does not fit the field's type Integer")),
                Arguments.of("SupplierOnPrimitive", List.of("Event.level: a primitive int is never null, so"
                        + " defaultSupplier would never run")),
                // custom types (issue 15)
                Arguments.of("ConvertedEnumKind", List.of("Event.name: @ConvertedField cannot use the CHAR_ENUM kind; use"
                        + " @CharEnumField for enums")),
                Arguments.of("ConvertedWrongField", List.of("Event.name: converter TextConverter converts StringBuilder"
                        + " values, but the field is a Integer")),
                Arguments.of("ConvertedWrongKind", List.of("Event.name: converter TextConverter makes String values, but a"
                        + " DECIMAL column stores BigDecimal")),
                Arguments.of("ConvertedCharWithoutLength", List.of("Event.name: 'max_length' must be >= 1")),
                Arguments.of("ConvertedRaw", List.of("Event.name: converter Raw must implement Converter<J, D> with"
                        + " concrete types")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void definitionErrorNamesTheCulpritInUpstreamWords(String badCase, List<String> expectedParts) {
        ConfigurationException e = Registries.failure(badCase);
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), () -> "expected <" + part + "> in <" + e.getMessage() + ">");
        }
    }
}
