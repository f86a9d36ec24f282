package dev.tortoise.kotlin

import dev.tortoise.Q
import dev.tortoise.Tortoise
import dev.tortoise.exceptions.DoesNotExistException
import dev.tortoise.kotlin.models.Blog
import dev.tortoise.kotlin.models.Post
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

/** The API from Kotlin: models with `@field:` annotations, managers in companion objects, queries on SQLite. */
class KotlinQueriesTest {

    private lateinit var tortoise: Tortoise

    @BeforeEach
    fun init() {
        tortoise = Tortoise.init("sqlite://:memory:", mapOf("blog" to listOf("dev.tortoise.kotlin.models")))
        tortoise.generateSchemas()
    }

    @AfterEach
    fun close() = tortoise.close()

    @Test
    fun createFilterGetUpdateDelete() {
        val blog = Blog.objects.create { it.name = "Notes" }
        assertNotNull(blog.id)
        Post.objects.create { it.title = "Hello"; it.blog = blog; it.published = true }
        Post.objects.create { it.title = "Draft"; it.blog = blog }

        val published = Post.objects.filter("published", true).list()
        assertEquals(listOf("Hello"), published.map { it.title })
        assertNotNull(published[0].created, "autoNowAdd filled")

        val draft = Post.objects.get("title", "Draft")
        assertFalse(draft.published)
        assertEquals(blog.id, draft.blog?.id, "the FK holds a reference that carries the primary key")

        draft.body = "Now with a body"
        draft.published = true
        draft.save()
        assertEquals("Now with a body", Post.objects.get("id", draft.id).body)

        val updated = Post.objects.filter(Q.of("blog__name", "Notes").and(Q.of("title__startswith", "He")))
            .update(mapOf("title" to "Hello, Kotlin"))
        assertEquals(1, updated)
        assertEquals(listOf("Draft", "Hello, Kotlin"), Post.objects.all().orderBy("title").valuesList("title").map { it[0] })

        draft.delete()
        assertEquals(1L, Post.objects.count())
        assertThrows(DoesNotExistException::class.java) { Post.objects.get("title", "Draft") }

        Blog.objects.filter("name", "Notes").delete()
        assertFalse(Post.objects.all().exists(), "CASCADE removed the posts")
    }

    @Test
    fun relationsAndTransactions() {
        val blog = Blog.objects.create { it.name = "Travel" }
        Post.objects.bulkCreate(listOf("Rome", "Oslo").map { t -> Post().apply { title = t; this.blog = blog } })

        val withPosts = Blog.objects.all().prefetchRelated("posts").get()
        assertEquals(setOf("Rome", "Oslo"), withPosts.posts!!.list().map { it.title }.toSet())

        val post = Post.objects.filter("title", "Oslo").selectRelated("blog").first().orElseThrow()
        assertEquals("Travel", post.blog?.name)

        val count: Long = tortoise.inTransaction<Long, RuntimeException> {
            Post.objects.create { it.title = "Lima"; it.blog = blog }
            Post.objects.count()
        }
        assertEquals(3L, count)
        assertThrows(IllegalStateException::class.java) {
            tortoise.inTransaction<Unit, RuntimeException> {
                Post.objects.create { it.title = "Never"; it.blog = blog }
                throw IllegalStateException("roll back")
            }
        }
        assertTrue(Post.objects.filter("title", "Never").count() == 0L)
    }
}
