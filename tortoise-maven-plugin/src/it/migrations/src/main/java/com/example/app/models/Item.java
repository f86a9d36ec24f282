package com.example.app.models;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;

public class Item extends Model {
    @IntField(pk = true) public Integer id;
    @CharField(maxLength = 100) public String name;
}
