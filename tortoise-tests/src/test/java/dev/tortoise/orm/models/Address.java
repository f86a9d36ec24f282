package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.OneToOneField;

public class Address extends Model {
    public static final Manager<Address> objects = Manager.of(Address.class);

    @CharField(maxLength = 64)
    public String city;

    @OneToOneField(value = "models.Event", relatedName = "address")
    public Event event;
}
