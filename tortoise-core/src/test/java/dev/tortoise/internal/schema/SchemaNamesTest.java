package dev.tortoise.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of TORTOISE-SPEC §5.4, checked against upstream's examples. */
class SchemaNamesTest {

    @Test
    void indexNamesTruncateTableAndFirstColumnAndHashAllParts() {
        assertEquals("idx_tournament_name_6fe200", SchemaNames.index("tournament", List.of("name")));
        assertEquals("idx_team_manager_676134", SchemaNames.index("team", List.of("manager_id", "key")));
        assertEquals("idx_author_name_9e9e67", SchemaNames.index("author", List.of("name")));
    }

    @Test
    void uniqueTogetherNames() {
        assertEquals("uid_event_name_c6f89f", SchemaNames.uniqueTogether("event", List.of("name", "prize")));
        assertEquals("uid_event_tournam_a5b730", SchemaNames.uniqueTogether("event", List.of("tournament_id", "key")));
        assertEquals("uid_book_title_cfa50a", SchemaNames.uniqueTogether("book", List.of("title", "author_id")));
    }

    @Test
    void throughTableUniqueIndexNames() {
        assertEquals("uidx_team_team_team_re_d994df", SchemaNames.throughUnique("team_team", "team_rel_id", "team_id"));
        assertEquals("uidx_teamevents_event_i_664dbc", SchemaNames.throughUnique("teamevents", "event_id", "team_id"));
        assertEquals("uidx_book_tag_book_id_7bc185", SchemaNames.throughUnique("book_tag", "book_id", "tag_id"));
    }

    @Test
    void foreignKeyNamesTruncateBothTablesToEight() {
        assertEquals("fk_book_author_ed0cb68f", SchemaNames.foreignKey("book", "author_id", "author", "id"));
        assertEquals("fk_tourname_verylong_" + SchemaNames.hash(
                        List.of("tournament", "winner_id", "verylongtable", "id"), 8),
                SchemaNames.foreignKey("tournament", "winner_id", "verylongtable", "id"));
    }
}
