/**
 * Tortoise models of the CRUD suite: one package per shape, each holding one {@code Journal} model
 * (table {@code journal}) listed with {@code @Models}, and the abstract {@link
 * dev.tortoise.bench.crud.model.JournalModel} their fields come from.
 */
package dev.tortoise.bench.crud.model;
