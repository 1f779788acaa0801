package org.c2desk.cmdb;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** The life-cycle state of a configuration item (in service, in stock, retired...), with its colours. */
@Entity
@Table(name = "ci_state")
public class CiState {

    public static final int CODE_LENGTH = 60;
    public static final int MESSAGE_LENGTH = 500;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "text_color", length = 9)
    private String textColor;

    @Column(name = "background_color", length = 9)
    private String backgroundColor;

    /** A warning shown on CIs in this state; null when there is none. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "english", column = @Column(name = "english_message", length = MESSAGE_LENGTH)),
        @AttributeOverride(name = "french", column = @Column(name = "french_message", length = MESSAGE_LENGTH))
    })
    private LocalizedText message;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected CiState() {
        // for JPA
    }

    public CiState(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public CiState(String code, LocalizedText name) {
        this(UUID.randomUUID(), code, name);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getTextColor() {
        return textColor;
    }

    public String getBackgroundColor() {
        return backgroundColor;
    }

    public void recolor(String newTextColor, String newBackgroundColor) {
        this.textColor = newTextColor;
        this.backgroundColor = newBackgroundColor;
    }

    public LocalizedText getMessage() {
        return message;
    }

    public void setMessage(LocalizedText message) {
        this.message = message;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
