CREATE TABLE "journal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "timestamp" TIMESTAMP NOT NULL,
    "level" SMALLINT NOT NULL,
    "text" VARCHAR(255) NOT NULL,
    "parent_id" INT REFERENCES "journal" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_journal_level_f2e975" ON "journal" ("level");
CREATE INDEX "idx_journal_text_35f753" ON "journal" ("text");
CREATE TABLE "journal_journal" (
    "journal_rel_id" INT NOT NULL REFERENCES "journal" ("id") ON DELETE CASCADE,
    "journal_id" INT NOT NULL REFERENCES "journal" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_journal_jou_journal_b6c309" ON "journal_journal" ("journal_rel_id", "journal_id");
