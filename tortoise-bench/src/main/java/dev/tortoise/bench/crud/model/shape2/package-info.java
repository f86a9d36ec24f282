/** Shape 2 of the CRUD suite: shape 1 with a self foreign key and a self many-to-many. */
@Models({Journal.class})
package dev.tortoise.bench.crud.model.shape2;

import dev.tortoise.fields.Models;
