CREATE TABLE `journal` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `timestamp` DATETIME(6) NOT NULL,
    `level` SMALLINT NOT NULL,
    `text` VARCHAR(255) NOT NULL,
    `parent_id` INT,
    CONSTRAINT `fk_journal_journal_474782ec` FOREIGN KEY (`parent_id`) REFERENCES `journal` (`id`) ON DELETE CASCADE,
    KEY `idx_journal_level_f2e975` (`level`),
    KEY `idx_journal_text_35f753` (`text`)
) CHARACTER SET utf8mb4;
CREATE TABLE `journal_journal` (
    `journal_rel_id` INT NOT NULL,
    `journal_id` INT NOT NULL,
    FOREIGN KEY (`journal_rel_id`) REFERENCES `journal` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`journal_id`) REFERENCES `journal` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_journal_jou_journal_b6c309` (`journal_rel_id`, `journal_id`)
) CHARACTER SET utf8mb4;
