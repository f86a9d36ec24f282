package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.VersionField;

/** A versioned row: concurrent edits of it must not be lost. */
public class Wallet extends Model {
    public static final Manager<Wallet> objects = Manager.of(Wallet.class);

    @CharField(maxLength = 30) public String owner;
    @IntField public Integer balance = 0;
    @VersionField public Integer version;
}
