package dev.tortoise.kotlin.models

import dev.tortoise.Manager
import dev.tortoise.Model
import dev.tortoise.fields.BooleanField
import dev.tortoise.fields.CharField
import dev.tortoise.fields.DatetimeField
import dev.tortoise.fields.ForeignKeyField
import dev.tortoise.fields.IntField
import dev.tortoise.fields.Meta
import dev.tortoise.fields.OnDelete
import dev.tortoise.fields.TextField
import dev.tortoise.fields.ReverseRelation
import java.time.OffsetDateTime

/** A blog and its posts, written the way a Kotlin application would write its models. */
@Meta(table = "blog")
class Blog : Model() {
    @field:IntField(pk = true) var id: Int? = null
    @field:CharField(maxLength = 100, unique = true) var name: String? = null
    var posts: ReverseRelation<Post>? = null

    companion object {
        @JvmField val objects: Manager<Blog> = Manager.of(Blog::class.java)
    }
}

class Post : Model() {
    @field:IntField(pk = true) var id: Int? = null
    @field:CharField(maxLength = 200) var title: String? = null
    // Without @field: as well: Tortoise's field annotations target fields only, so Kotlin puts them there.
    @TextField(nullable = true) var body: String? = null
    @field:BooleanField var published: Boolean = false
    @field:DatetimeField(autoNowAdd = true) var created: OffsetDateTime? = null
    @field:ForeignKeyField(value = "blog.Blog", relatedName = "posts", onDelete = OnDelete.CASCADE)
    var blog: Blog? = null

    companion object {
        @JvmField val objects: Manager<Post> = Manager.of(Post::class.java)
    }
}
