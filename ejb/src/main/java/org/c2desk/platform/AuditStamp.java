package org.c2desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Who created an object and who changed it last, and when (the API's CreatedBy/On, LastModifiedBy/On). */
@Embeddable
public class AuditStamp {

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_on", nullable = false, updatable = false)
    private OffsetDateTime createdOn;

    @Column(name = "last_modified_by", nullable = false)
    private String lastModifiedBy;

    @Column(name = "last_modified_on", nullable = false)
    private OffsetDateTime lastModifiedOn;

    protected AuditStamp() {
        // for JPA
    }

    public static AuditStamp createdBy(String userName) {
        AuditStamp stamp = new AuditStamp();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        stamp.createdBy = userName;
        stamp.createdOn = now;
        stamp.lastModifiedBy = userName;
        stamp.lastModifiedOn = now;
        return stamp;
    }

    public void touch(String userName) {
        lastModifiedBy = userName;
        lastModifiedOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdOn() {
        return createdOn;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }

    public OffsetDateTime lastModifiedOn() {
        return lastModifiedOn;
    }
}
