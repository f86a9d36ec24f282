package dev.tortoise.ecosystem.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;

/** A row with a unique name and a number: enough to see what a transaction kept. */
public class Account extends Model {
    public static final Manager<Account> objects = Manager.of(Account.class);

    @CharField(maxLength = 50, unique = true)
    public String name;

    @IntField
    public int balance;

    public static Account open(String name, int balance) {
        return objects.create(a -> {
            a.name = name;
            a.balance = balance;
        });
    }
}
