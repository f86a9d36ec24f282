package dev.tortoise.life;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.json.ModelJson;
import dev.tortoise.life.diary.DiaryEntry;
import dev.tortoise.life.diary.Visit;
import dev.tortoise.testing.BackendSuite;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code TortoiseConfig.Builder.jsonMapper} (issue 15): JSON fields and model JSON use the configured mapper. */
class JsonMapperSuite extends BackendSuite {
    private static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.life.diary"));
    private static final Visit OSLO = new Visit("Oslo", LocalDate.of(2024, 5, 1));

    @Test
    void aRecordHoldingALocalDateIsStoredWithTheConfiguredMapper() {
        try (Tortoise plain = Tortoise.init(TortoiseConfig.fromDbUrl(database().url(), MODELS))) {
            plain.generateSchemas();
            ValidationException e = assertThrows(ValidationException.class, () -> DiaryEntry.objects.create(d -> d.visit = OSLO));
            assertTrue(e.getMessage().startsWith("DiaryEntry.visit: cannot use "), e.getMessage());
            assertTrue(e.getMessage().contains("java.time.LocalDate"), e.getMessage());
        }
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        TortoiseConfig config = TortoiseConfig.fromDbUrl(database().url(), MODELS).toBuilder().jsonMapper(mapper).build();
        mapper.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS); // too late: the configuration holds a copy
        try (Tortoise configured = Tortoise.init(config)) {
            DiaryEntry saved = DiaryEntry.objects.create(d -> d.visit = OSLO);
            assertEquals(OSLO, DiaryEntry.objects.get("pk", saved.pk()).visit);
            Object stored = configured.connection("default").executeQueryDict("SELECT "
                    + database().platform().sql().quote("visit") + " AS v FROM "
                    + database().platform().sql().quote("diaryentry")).getFirst().get("v");
            assertTrue(String.valueOf(stored).contains("\"2024-05-01\""), String.valueOf(stored));
            assertEquals("{\"id\":" + saved.pk() + ",\"visit\":{\"place\":\"Oslo\",\"on\":\"2024-05-01\"}}",
                    ModelJson.writer(DiaryEntry.class).toJson(saved), "model JSON writes JSON fields with the same mapper");
            DiaryEntry.objects.all().delete();
        }
    }
}
