CREATE TABLE "journal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "timestamp" TIMESTAMP NOT NULL,
    "level" SMALLINT NOT NULL,
    "text" VARCHAR(255) NOT NULL
);
CREATE INDEX "idx_journal_level_f2e975" ON "journal" ("level");
CREATE INDEX "idx_journal_text_35f753" ON "journal" ("text");
