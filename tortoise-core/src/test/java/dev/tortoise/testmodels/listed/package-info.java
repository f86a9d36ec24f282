/** Explicit list: exactly these, in this order, no scan. */
@Models({Second.class, First.class})
package dev.tortoise.testmodels.listed;

import dev.tortoise.fields.Models;
