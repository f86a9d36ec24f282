package dev.tortoise.life.models;

/** Stored by name. */
public enum Surface { GRASS, CLAY }
