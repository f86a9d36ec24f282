package dev.tortoise.reliability.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.IntField;

/** An account whose balance transfers move; the total must never change. */
public class Account extends Model {
    public static final Manager<Account> objects = Manager.of(Account.class);

    @IntField(pk = true)
    public Integer id;
    @BigIntField
    public long balance;
}
