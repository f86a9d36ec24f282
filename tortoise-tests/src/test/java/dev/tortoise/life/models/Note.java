package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;
import dev.tortoise.signals.PostDelete;
import dev.tortoise.signals.PostSave;
import dev.tortoise.signals.PreDelete;
import dev.tortoise.signals.PreSave;
import java.util.List;
import java.util.Locale;

/** A model with every kind of lifecycle method; its pre-save method fills the non-null {@code slug}. */
public class Note extends Stamped {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @IntField(pk = true) public Integer id;
    @CharField(maxLength = 50) public String title;
    @CharField(maxLength = 50) public String slug;

    @PreSave
    private void slugify(List<String> updateFields) {
        Journal.LOG.add("Note@PreSave " + updateFields);
        if (title != null) {
            slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
    }

    @PostSave
    void saved(boolean created, List<String> updateFields) {
        Journal.LOG.add("Note@PostSave " + created + " " + updateFields);
    }

    @PreDelete
    void deleting() {
        Journal.LOG.add("Note@PreDelete " + pk());
    }

    @PostDelete
    void deleted() {
        Journal.LOG.add("Note@PostDelete");
    }
}
