package org.c2desk.security;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A bilingual e-mail the desk sends (acknowledgement, assignment, resolution...); groups choose which they use. */
@Entity
@Table(name = "email_template")
public class EmailTemplate {

    public static final int CODE_LENGTH = 60;
    public static final int SUBJECT_LENGTH = 300;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "english",
                column = @Column(name = "english_subject", nullable = false, length = SUBJECT_LENGTH)),
        @AttributeOverride(
                name = "french",
                column = @Column(name = "french_subject", nullable = false, length = SUBJECT_LENGTH))
    })
    private LocalizedText subject;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "english", column = @Column(name = "english_body", nullable = false)),
        @AttributeOverride(name = "french", column = @Column(name = "french_body", nullable = false))
    })
    private LocalizedText body;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected EmailTemplate() {
        // for JPA
    }

    public EmailTemplate(UUID id, String code, LocalizedText subject, LocalizedText body) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
    }

    public EmailTemplate(String code, LocalizedText subject, LocalizedText body) {
        this(UUID.randomUUID(), code, subject, body);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getSubject() {
        return subject;
    }

    public LocalizedText getBody() {
        return body;
    }

    public void rewrite(LocalizedText newSubject, LocalizedText newBody) {
        this.subject = Objects.requireNonNull(newSubject);
        this.body = Objects.requireNonNull(newBody);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
