package org.c2desk.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Settings administrators change at run time (portal title and welcome text...), kept in the database. */
@Stateless
public class Settings {

    @PersistenceContext
    EntityManager em;

    public Optional<String> value(String key) {
        AppSetting setting = em.find(AppSetting.class, key);
        return setting == null ? Optional.empty() : Optional.ofNullable(setting.getValue());
    }

    /** A bilingual setting is stored as two keys, {@code key.en} and {@code key.fr}. */
    public Optional<String> localized(String key, Culture culture) {
        return value(key + (culture == Culture.FR_CA ? ".fr" : ".en"));
    }
}
