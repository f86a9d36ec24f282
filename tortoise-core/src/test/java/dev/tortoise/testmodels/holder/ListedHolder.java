package dev.tortoise.testmodels.holder;

import dev.tortoise.Model;
import dev.tortoise.fields.Models;

/** Upstream's Tmp.InAClassTournament case: @Models on a class lists exactly its models. */
@Models({ListedHolder.Later.class, ListedHolder.Earlier.class})
public final class ListedHolder {
    private ListedHolder() {
    }

    public static class Earlier extends Model {
    }

    public static class Later extends Model {
    }

    public static class NotListed extends Model {
    }
}
