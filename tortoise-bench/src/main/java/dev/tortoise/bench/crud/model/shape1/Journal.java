package dev.tortoise.bench.crud.model.shape1;

import dev.tortoise.bench.crud.model.JournalModel;

/** Shape 1: {@code id}, {@code timestamp}, {@code level}, {@code text}; nothing else. */
public class Journal extends JournalModel {
}
