package dev.tortoise.bench.crud.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/**
 * The columns every CRUD shape shares, mapped the way Hibernate's documentation maps them: an
 * identity key (the table's auto-increment {@code id}), a creation timestamp, field access.
 */
@MappedSuperclass
public abstract class JournalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @CreationTimestamp
    @Column(nullable = false)
    private OffsetDateTime timestamp;

    @Column(nullable = false)
    private short level;

    @Column(nullable = false, length = 255)
    private String text;

    public Integer getId() {
        return id;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public short getLevel() {
        return level;
    }

    public void setLevel(short level) {
        this.level = level;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
