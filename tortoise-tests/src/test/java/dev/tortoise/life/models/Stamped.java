package dev.tortoise.life.models;

import dev.tortoise.Model;
import dev.tortoise.signals.PreSave;

/** An abstract parent model with a lifecycle method of its own, which runs before its subclasses' methods. */
public abstract class Stamped extends Model {
    @PreSave
    void parentPreSave() {
        Journal.LOG.add("Stamped@PreSave");
    }
}
