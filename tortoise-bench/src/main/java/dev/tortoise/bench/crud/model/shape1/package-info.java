/** Shape 1 of the CRUD suite: a small table without relations. */
@Models({Journal.class})
package dev.tortoise.bench.crud.model.shape1;

import dev.tortoise.fields.Models;
