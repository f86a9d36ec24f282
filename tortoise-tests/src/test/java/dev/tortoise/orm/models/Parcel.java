package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.JSONField;
import java.util.Map;

/** A model with a JSON document, for the JSON lookups (key paths, contains, contained_by). */
public class Parcel extends Model {
    public static final Manager<Parcel> objects = Manager.of(Parcel.class);

    @CharField(maxLength = 20)
    public String label;

    @JSONField(nullable = true)
    public Map<String, Object> data;

    public static Parcel of(String label, Map<String, Object> data) {
        Parcel p = new Parcel();
        p.label = label;
        p.data = data;
        return p;
    }
}
