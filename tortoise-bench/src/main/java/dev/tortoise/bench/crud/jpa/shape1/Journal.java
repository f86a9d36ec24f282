package dev.tortoise.bench.crud.jpa.shape1;

import dev.tortoise.bench.crud.jpa.JournalEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The JPA twin of shape 1. */
@Entity(name = "Journal")
@Table(name = "journal")
public class Journal extends JournalEntity {
}
