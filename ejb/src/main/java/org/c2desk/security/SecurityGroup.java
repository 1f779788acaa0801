package org.c2desk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.LocalizedText;
import org.c2desk.ticket.Queue;

/**
 * A security group: its members get its permissions, work its queues and see its enterprises. The system group
 * (Admin) holds every permission and can be neither edited nor deleted.
 *
 * <p>The member, queue, enterprise, visible group and e-mail template sets are the live mapped collections: add to
 * or remove from them to change the join tables.
 */
@Entity
@Table(name = "security_group")
public class SecurityGroup {

    public static final int CODE_LENGTH = 60;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "is_system", nullable = false, updatable = false)
    private boolean system;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(
            name = "group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "resource_id"))
    private Set<Resource> members = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "group_permission", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "permission", nullable = false, length = 60)
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "group_queue",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<Queue> queues = new HashSet<>();

    /** Enterprises the members may see; empty means every enterprise. */
    @ManyToMany
    @JoinTable(
            name = "group_enterprise",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    private Set<Enterprise> enterprises = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "group_visible_group",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "visible_group_id"))
    private Set<SecurityGroup> visibleGroups = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "group_email_template",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "email_template_id"))
    private Set<EmailTemplate> emailTemplates = new HashSet<>();

    protected SecurityGroup() {
        // for JPA
    }

    public SecurityGroup(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public SecurityGroup(String code, LocalizedText name) {
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

    /** The Admin group: holds every permission, cannot be edited or deleted. */
    public boolean isSystem() {
        return system;
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

    /** True for the system group, otherwise when the permission was granted to this group. */
    public boolean grants(Permission permission) {
        return system || permissions.contains(permission);
    }

    /** The permissions granted by rows; a system group grants every permission whatever this holds. */
    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    /** The permissions the group's members actually get. */
    public Set<Permission> getEffectivePermissions() {
        if (system) {
            return EnumSet.allOf(Permission.class);
        }
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public void grant(Permission permission) {
        permissions.add(Objects.requireNonNull(permission));
    }

    public void revoke(Permission permission) {
        permissions.remove(permission);
    }

    public Set<Resource> getMembers() {
        return members;
    }

    public boolean hasMember(Resource resource) {
        return members.contains(resource);
    }

    public Set<Queue> getQueues() {
        return queues;
    }

    public Set<Enterprise> getEnterprises() {
        return enterprises;
    }

    /** True when the group is limited to no enterprise in particular, or lists this one. */
    public boolean sees(Enterprise enterprise) {
        return enterprises.isEmpty() || enterprises.contains(enterprise);
    }

    public Set<SecurityGroup> getVisibleGroups() {
        return visibleGroups;
    }

    public Set<EmailTemplate> getEmailTemplates() {
        return emailTemplates;
    }
}
