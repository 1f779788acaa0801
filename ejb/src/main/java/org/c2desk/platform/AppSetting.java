package org.c2desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A setting administrators change at run time (portal texts, limits...), by key. */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    public static final int KEY_LENGTH = 200;

    @Id
    @Column(name = "key", length = KEY_LENGTH)
    private String key;

    @Column(name = "value")
    private String value;

    @Column(name = "last_modified_by", nullable = false)
    private String lastModifiedBy;

    @Column(name = "last_modified_on", nullable = false)
    private OffsetDateTime lastModifiedOn;

    protected AppSetting() {
        // for JPA
    }

    public AppSetting(String key, String value, String by) {
        this.key = Objects.requireNonNull(key);
        change(value, by);
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void change(String newValue, String by) {
        this.value = newValue;
        this.lastModifiedBy = Objects.requireNonNull(by);
        this.lastModifiedOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public OffsetDateTime getLastModifiedOn() {
        return lastModifiedOn;
    }
}
