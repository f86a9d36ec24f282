CREATE TABLE `journal` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `timestamp` DATETIME(6) NOT NULL,
    `level` SMALLINT NOT NULL,
    `text` VARCHAR(255) NOT NULL,
    KEY `idx_journal_level_f2e975` (`level`),
    KEY `idx_journal_text_35f753` (`text`)
) CHARACTER SET utf8mb4;
