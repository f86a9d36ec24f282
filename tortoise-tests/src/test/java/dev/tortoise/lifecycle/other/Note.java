package dev.tortoise.lifecycle.other;

import dev.tortoise.Model;
import dev.tortoise.fields.TextField;

public class Note extends Model {
    @TextField
    public String body;
}
