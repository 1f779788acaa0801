package org.c2desk.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageCursor;
import org.c2desk.platform.PageRequest;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;

/**
 * Writes and reads the audit trail. A write is one row in the caller's transaction (a refused write leaves none); the
 * channel and address come from the current request ({@link RequestOrigin}). Reading is for whoever may see the
 * object, as the area that owns it decides ({@link AuditVisibility}).
 *
 * <p>Typical use, at the end of a service's write: {@code audit.record(caller, ObjectKind.CLIENT, id,
 * AuditAction.UPDATED, changes)}.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<Recorded> recorded;

    @Inject
    @Any
    Instance<AuditVisibility> visibilities;

    /** An audit log that writes through {@code em}, for services used outside the container (unit tests). */
    public static AuditLog writingTo(EntityManager em) {
        AuditLog log = new AuditLog();
        log.em = em;
        return log;
    }

    /** Records a resource's write; an update that changed nothing is not recorded. */
    public void record(Caller caller, ObjectKind kind, UUID id, AuditAction action, Changes changes) {
        record(Actor.of(caller), kind, id, action, changes);
    }

    /** Records a portal client's write; an update that changed nothing is not recorded. */
    public void record(PortalClient client, ObjectKind kind, UUID id, AuditAction action, Changes changes) {
        record(Actor.of(client), kind, id, action, changes);
    }

    public void record(Actor actor, ObjectKind kind, UUID id, AuditAction action, Changes changes) {
        AuditEntry entry = entry(actor, kind, id, action, changes);
        if (entry != null) {
            em.persist(entry);
        }
    }

    /**
     * The entry {@link #record(Actor, ObjectKind, UUID, AuditAction, Changes)} writes, announced but not persisted:
     * for a caller that writes it together with the object it is about ({@link org.c2desk.platform.NewRows}), in the
     * same transaction. Null for an update that changed nothing.
     */
    public AuditEntry entry(Actor actor, ObjectKind kind, UUID id, AuditAction action, Changes changes) {
        if (action == AuditAction.UPDATED && changes.isEmpty()) {
            return null;
        }
        AuditChannel channel = null;
        String address = null;
        try {
            if (origin != null) {
                channel = origin.channel();
                address = origin.address();
            }
        } catch (ContextNotActiveException e) {
            // No HTTP request (a batch job, a timer): the work of the system itself.
        }
        AuditEntry entry = new AuditEntry(
                kind, id, action, actor, channel == null ? AuditChannel.SYSTEM : channel, address, changes.list());
        announce(kind, id, actor);
        return entry;
    }

    /** Records a write made outside any request, through a known channel (an import job). */
    public void record(
            Actor actor, AuditChannel channel, ObjectKind kind, UUID id, AuditAction action, Changes changes) {
        em.persist(new AuditEntry(kind, id, action, actor, channel, null, changes.list()));
        announce(kind, id, actor);
    }

    private void announce(ObjectKind kind, UUID id, Actor actor) {
        if (recorded != null) { // null in unit tests, outside the container
            recorded.fire(new Recorded(kind, id, actor.name()));
        }
    }

    /**
     * The entries of one object the caller may see, newest first, one page at a time (keyset paging on the time and
     * id).
     */
    public Page<AuditEntry> of(Caller caller, ObjectKind kind, UUID id, PageRequest page) {
        requireVisible(caller, kind, id);
        String owner = "Audit/" + kind.name();
        OffsetDateTime afterOn = null;
        UUID afterId = null;
        if (page.cursor() != null) {
            List<String> values = PageCursor.decode(page.cursor(), owner, 2);
            try {
                afterOn = OffsetDateTime.parse(values.get(0));
                afterId = UUID.fromString(values.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new org.c2desk.platform.ValidationException(
                        "Cursor",
                        "error.badCursor",
                        "Cursor: not a cursor of this list; send the NextCursor of the previous page unchanged, or no"
                                + " Cursor to start from the first page",
                        "Cursor");
            }
        }
        TypedQuery<AuditEntry> query = em.createQuery(
                        "select a from AuditEntry a where a.objectKind = :kind"
                                + " and a.objectId = :id"
                                + (afterOn == null
                                        ? ""
                                        : " and (a.occurredOn < :on or (a.occurredOn = :on and a.id < :after))")
                                + " order by a.occurredOn desc, a.id desc",
                        AuditEntry.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setMaxResults(page.size() + 1);
        if (afterOn != null) {
            query.setParameter("on", afterOn).setParameter("after", afterId);
        }
        List<AuditEntry> found = query.getResultList();
        if (found.size() <= page.size()) {
            return new Page<>(found, null, page.size());
        }
        List<AuditEntry> items = found.subList(0, page.size());
        AuditEntry last = items.get(items.size() - 1);
        return new Page<>(
                items,
                PageCursor.encode(
                        owner,
                        List.of(last.getOccurredOn().toString(), last.getId().toString())),
                page.size());
    }

    /** The latest entries of one object the caller may see, newest first (at most {@code limit}, at most 1,000). */
    public List<AuditEntry> latest(Caller caller, ObjectKind kind, UUID id, int limit) {
        requireVisible(caller, kind, id);
        return em.createQuery(
                        "select a from AuditEntry a where a.objectKind = :kind and a.objectId = :id"
                                + " order by a.occurredOn desc, a.id desc",
                        AuditEntry.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setMaxResults(Math.min(limit, 1000))
                .getResultList();
    }

    private void requireVisible(Caller caller, ObjectKind kind, UUID id) {
        AuditVisibility visibility = visibilities.stream()
                .filter(v -> v.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No AuditVisibility decides who reads " + kind));
        visibility.requireVisible(caller, id);
    }
}
