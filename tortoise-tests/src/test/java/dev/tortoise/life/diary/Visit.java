package dev.tortoise.life.diary;

import java.time.LocalDate;

/** A value held in a JSON field: Jackson needs its java.time module for {@code on}. */
public record Visit(String place, LocalDate on) {
}
