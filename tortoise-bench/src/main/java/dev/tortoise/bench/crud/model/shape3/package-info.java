/** Shape 3 of the CRUD suite: shape 1 with 32 more columns of eight types. */
@Models({Journal.class})
package dev.tortoise.bench.crud.model.shape3;

import dev.tortoise.fields.Models;
