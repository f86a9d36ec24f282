package dev.tortoise.bench.crud.hibernate;

import dev.tortoise.bench.crud.Shape;
import dev.tortoise.bench.crud.jpa.JournalEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JPA side of a shape: its entity class, a constructor, and the select list that G and H use to
 * read every column as values ({@code j.id as id, …}, the foreign key as {@code j.parent.id}).
 *
 * @param <E> the entity
 */
record HibernateShape<E extends JournalEntity>(Class<E> entity, Supplier<E> newEntity, String selectList) {

    static HibernateShape<? extends JournalEntity> of(Shape shape) {
        return switch (shape) {
            case ONE -> new HibernateShape<>(dev.tortoise.bench.crud.jpa.shape1.Journal.class,
                    dev.tortoise.bench.crud.jpa.shape1.Journal::new, selectList(List.of()));
            case TWO -> new HibernateShape<>(dev.tortoise.bench.crud.jpa.shape2.Journal.class,
                    dev.tortoise.bench.crud.jpa.shape2.Journal::new, selectList(List.of("parent.id as parent_id")));
            case THREE -> new HibernateShape<>(dev.tortoise.bench.crud.jpa.shape3.Journal.class,
                    dev.tortoise.bench.crud.jpa.shape3.Journal::new, selectList(wideColumns()));
        };
    }

    private static String selectList(List<String> extra) {
        List<String> items = new ArrayList<>(List.of("id as id", "timestamp as timestamp", "level as level", "text as text"));
        items.addAll(extra);
        return items.stream().map(i -> "j." + i).collect(Collectors.joining(", "));
    }

    private static List<String> wideColumns() {
        List<String> items = new ArrayList<>();
        for (int group = 1; group <= 4; group++) {
            for (String type : List.of("Float", "Smallint", "Int", "Bigint", "Char", "Text", "Decimal", "Json")) {
                String attribute = "col" + type + group;
                items.add(attribute + " as col_" + type.toLowerCase() + group);
            }
        }
        return items;
    }
}
