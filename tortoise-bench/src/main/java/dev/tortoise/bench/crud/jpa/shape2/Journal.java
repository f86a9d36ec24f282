package dev.tortoise.bench.crud.jpa.shape2;

import dev.tortoise.bench.crud.jpa.JournalEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * The JPA twin of shape 2: the owning sides of the self foreign key (lazy, as Hibernate's
 * documentation recommends, and cascaded by the database) and of the self many-to-many.
 */
@Entity(name = "Journal")
@Table(name = "journal")
public class Journal extends JournalEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Journal parent;

    @ManyToMany
    @JoinTable(name = "journal_journal", joinColumns = @JoinColumn(name = "journal_rel_id"),
            inverseJoinColumns = @JoinColumn(name = "journal_id"))
    private Set<Journal> related = new HashSet<>();

    public Journal getParent() {
        return parent;
    }

    public Set<Journal> getRelated() {
        return related;
    }
}
