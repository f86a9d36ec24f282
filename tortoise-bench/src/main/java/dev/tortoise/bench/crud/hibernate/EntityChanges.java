package dev.tortoise.bench.crud.hibernate;

import dev.tortoise.bench.crud.CrudContender.WorkerTask;
import dev.tortoise.bench.crud.WorkerPlan;
import dev.tortoise.bench.crud.jpa.JournalEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * I, J and K for Hibernate: the worker's EntityManager loads its rows when this is made (before
 * the clock, as upstream loads them, in a transaction of its own so the connection goes back to the
 * pool), and the task changes the still-managed entities in a second transaction, which dirty
 * checking (or {@code remove}) turns into statements at commit. The EntityManager is closed with
 * the task.
 */
final class EntityChanges<E extends JournalEntity> {

    /** What I and J do to one managed entity; {@code k} is its position in the worker's rows. */
    interface Change<E> {
        void apply(E journal, int k);
    }

    private final EntityManager em;
    private final List<E> rows;

    EntityChanges(EntityManagerFactory factory, Class<E> entity, WorkerPlan plan) {
        this.em = factory.createEntityManager();
        em.getTransaction().begin();
        this.rows = em.createQuery("select j from Journal j where j.id between :first and :last order by j.id", entity)
                .setParameter("first", plan.firstId())
                .setParameter("last", plan.lastId())
                .getResultList();
        em.getTransaction().commit();
    }

    WorkerTask change(Change<E> change) {
        return task(() -> {
            for (int k = 0; k < rows.size(); k++) {
                change.apply(rows.get(k), k);
            }
        });
    }

    WorkerTask remove() {
        return task(() -> rows.forEach(em::remove));
    }

    private WorkerTask task(Runnable work) {
        return new WorkerTask() {
            @Override
            public int run() {
                em.getTransaction().begin();
                try {
                    work.run();
                    em.getTransaction().commit();
                } catch (RuntimeException e) {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    throw e;
                }
                return rows.size();
            }

            @Override
            public void close() {
                em.close();
            }
        };
    }
}
