package dev.tortoise.junit.shop;

import dev.tortoise.Model;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.TextField;

/** A model of its own, for a test that opens a second database while the class's is open (module {@code dev.tortoise.junit.shop.Notes}). */
public final class Notes {
    private Notes() {
    }

    public static class Note extends Model {
        @IntField(pk = true) public Integer id;
        @TextField public String body;
    }
}
