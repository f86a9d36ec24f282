package dev.tortoise.life.models;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.validators.Validator;

/** A validator of a foreign key: the related club must be open. */
public final class OpenClub implements Validator<Club> {
    @Override
    public void validate(Club club) {
        if (!Boolean.TRUE.equals(club.open)) {
            throw new ValidationException("the club is closed");
        }
    }
}
