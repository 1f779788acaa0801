package org.c2desk.web.console.cmdb;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiRelation;
import org.c2desk.cmdb.CiRelations;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.CiSort;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/ci.xhtml?id=}: a CI with its custom fields, owner, clients, linked tickets and its relations to
 * other CIs, drawn as a small graph (server-rendered SVG: CIs related to this one on the left, CIs this one relates to
 * on the right); relating it to another CI.
 */
@Named
@ViewScoped
public class CiView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TICKETS_SHOWN = 20;
    /** Audit entries shown in the History section (each may hold several fields). */
    private static final int HISTORY_SHOWN = 50;

    private static final int SUGGESTIONS = 15;

    @EJB
    CiService cis;

    @EJB
    CiRelations ciRelations;

    @EJB
    CiQueries ciQueries;

    @EJB
    CustomFields customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    public record Person(UUID id, String name) implements Serializable {}

    public record LinkedTicket(UUID id, String number, String summary) implements Serializable {}

    /** A relation as the list under the graph shows it, to delete it: {@code outgoing} when this CI relates to the other. */
    public record Relation(UUID id, UUID otherId, String other, String type, boolean outgoing)
            implements Serializable {}

    private String id;
    private boolean notFound;
    private UUID ciId;
    private long version;
    private String number;
    private String name;
    private String description;
    private String folder;
    private String category;
    private String type;
    private String state;
    private String tags;
    private boolean active;
    private Person owner;
    private List<Person> clients = List.of();
    private List<LinkedTicket> tickets = List.of();
    private List<CiGraphLayout.Node> nodes = List.of();
    private List<CiGraphLayout.Edge> edges = List.of();
    private List<Relation> relations = List.of();
    private final Map<String, UUID> suggestedClients = new java.util.LinkedHashMap<>();
    private String ownerToSet;
    private String clientToAdd;

    @EJB
    org.c2desk.client.ClientQueries clientQueries;

    private int height;
    private FieldInputs fields;
    private List<org.c2desk.web.console.HistoryLines.Line> history = List.of();

    @EJB
    org.c2desk.audit.AuditLog audit;

    private final Map<String, UUID> suggested = new java.util.LinkedHashMap<>();
    private String relatedCi;
    private UUID relationTypeId;

    public void load() {
        if (ciId != null || notFound) {
            return;
        }
        try {
            UUID wanted = UUID.fromString(id);
            read(cis.find(currentUser.caller(), wanted));
            ciId = wanted;
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    private void read(ConfigurationItem ci) {
        java.util.Locale locale = localeSelector.getLocale();
        version = ci.getVersion();
        number = Long.toString(ci.getCiNumber());
        name = ci.getName().in(locale);
        description = ci.getDescription() == null ? null : ci.getDescription().in(locale);
        folder = ci.getFolder().getName().in(locale);
        category = ci.getCategory().getName().in(locale);
        type = ci.getType() == null ? null : ci.getType().getName().in(locale);
        state = ci.getState() == null ? null : ci.getState().getName().in(locale);
        tags = ci.getTags();
        active = ci.isActive();
        owner = ci.getOwner() == null
                ? null
                : new Person(ci.getOwner().getId(), ci.getOwner().getFullName());
        clients = ci.getClients().stream()
                .map(c -> new Person(c.getId(), c.getFullName()))
                .sorted(java.util.Comparator.comparing(Person::name))
                .toList();
        tickets = cis.ticketsOf(currentUser.caller(), ci.getId(), TICKETS_SHOWN).stream()
                .map(r -> new LinkedTicket((UUID) r[0], SequenceNumbers.format((Long) r[1]), (String) r[2]))
                .toList();
        graph(
                ci,
                ciRelations.relationsTo(currentUser.caller(), ci),
                ciRelations.relationsFrom(currentUser.caller(), ci),
                locale);
        fields = new FieldInputs(
                cis.formOf(currentUser.caller(), ci, ZoneId.systemDefault(), locale)
                        .fields(),
                id -> customFields.choices(currentUser.caller(), id),
                List.of(),
                List.of(),
                ZoneId.systemDefault());
        history = org.c2desk.web.console.HistoryLines.of(
                audit.latest(currentUser.caller(), org.c2desk.audit.ObjectKind.CI, ci.getId(), HISTORY_SHOWN),
                fields,
                locale);
    }

    /** The CI's audit trail, one line per changed field, newest first. */
    public List<org.c2desk.web.console.HistoryLines.Line> getHistory() {
        return history;
    }

    /** Places the boxes: those relating to this CI on the left, this CI in the middle, those it relates to on the right. */
    private void graph(ConfigurationItem ci, List<CiRelation> in, List<CiRelation> out, java.util.Locale locale) {
        CiGraphLayout.Graph graph = CiGraphLayout.of(
                box(ci, locale),
                in.stream()
                        .map(r -> new CiGraphLayout.Link(
                                box(r.getFrom(), locale),
                                r.getRelationType().getName().in(locale)))
                        .toList(),
                out.stream()
                        .map(r -> new CiGraphLayout.Link(
                                box(r.getTo(), locale),
                                r.getRelationType().getName().in(locale)))
                        .toList());
        height = graph.height();
        nodes = graph.nodes();
        edges = graph.edges();
        List<Relation> listed = new ArrayList<>();
        in.forEach(r -> listed.add(new Relation(
                r.getId(),
                r.getFrom().getId(),
                r.getFrom().getCiNumber() + " · " + r.getFrom().getName().in(locale),
                r.getRelationType().getName().in(locale),
                false)));
        out.forEach(r -> listed.add(new Relation(
                r.getId(),
                r.getTo().getId(),
                r.getTo().getCiNumber() + " · " + r.getTo().getName().in(locale),
                r.getRelationType().getName().in(locale),
                true)));
        relations = listed;
    }

    private static CiGraphLayout.Box box(ConfigurationItem ci, java.util.Locale locale) {
        return new CiGraphLayout.Box(
                ci.getId(), Long.toString(ci.getCiNumber()), ci.getName().in(locale));
    }

    /** Short enough for a box. */
    public String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The autocomplete's suggestions for the CI to relate to: a bounded search by the beginning of a name. */
    public List<String> completeCi(String typed) {
        suggested.clear();
        if (typed == null || typed.strip().isEmpty()) {
            return List.of();
        }
        for (var row : ciQueries
                .list(
                        currentUser.caller(),
                        new CiFilter(null, null, null, null, null, typed, null, null),
                        CiSort.NAME,
                        CiSort.NAME.defaultDirection(),
                        PageRequest.first(SUGGESTIONS))
                .items()) {
            if (!row.id().equals(ciId)) {
                suggested.putIfAbsent(row.ciNumber() + " · " + row.name().in(localeSelector.getLocale()), row.id());
            }
        }
        return List.copyOf(suggested.keySet());
    }

    public void relate() {
        UUID to = relatedCi == null ? null : suggested.get(relatedCi);
        try {
            ciRelations.relate(currentUser.caller(), ciId, to, relationTypeId);
            relatedCi = null;
            read(cis.find(currentUser.caller(), ciId));
            Messages.info(null, "ci.related");
        } catch (ValidationException e) {
            String text = Messages.refusal(localeSelector.getLocale(), e);
            Messages.error(
                    "RelationTypeId".equals(e.field()) ? "relate:relationType" : "relate:relatedCi",
                    "common.refused",
                    text);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (BusinessException e) {
            Messages.error(null, "common.refused", Messages.refusal(localeSelector.getLocale(), e));
        }
    }

    /** May the agent change the CI (CI_EDIT)? */
    public boolean isEditable() {
        return currentUser.caller().can(org.c2desk.security.Permission.CI_EDIT);
    }

    /** The autocomplete's suggestions for an owner or a client: a bounded search of active clients by name. */
    public List<String> completeClient(String typed) {
        suggestedClients.clear();
        if (typed == null || typed.strip().isEmpty()) {
            return List.of();
        }
        for (var row : clientQueries
                .list(
                        currentUser.caller(),
                        new org.c2desk.client.ClientFilter(null, typed, true, null),
                        org.c2desk.client.ClientSort.LAST_NAME,
                        org.c2desk.client.ClientSort.LAST_NAME.defaultDirection(),
                        PageRequest.first(SUGGESTIONS))
                .items()) {
            suggestedClients.putIfAbsent(
                    row.firstName() + " " + row.lastName()
                            + (row.emailAddress() == null ? "" : " · " + row.emailAddress()),
                    row.id());
        }
        return List.copyOf(suggestedClients.keySet());
    }

    /** The client an autocomplete's text names (a label it suggested), else null: the service says "required". */
    private UUID suggestedClient(String label) {
        return label == null ? null : suggestedClients.get(label);
    }

    /** Makes the client picked the owner; nothing picked is refused (removing the owner is its own button). */
    public void changeOwner() {
        UUID picked = suggestedClient(ownerToSet);
        if (picked == null) {
            Messages.error("ownerForm:ownerToSet", "error.required");
            return;
        }
        change("ownerForm:ownerToSet", () -> cis.changeOwner(currentUser.caller(), ciId, picked));
    }

    public void removeOwner() {
        change("ownerForm:ownerToSet", () -> cis.changeOwner(currentUser.caller(), ciId, null));
    }

    public void addClient() {
        change("ciClients:clientToAdd", () -> cis.addClient(currentUser.caller(), ciId, suggestedClient(clientToAdd)));
    }

    public void removeClient(UUID clientId) {
        change("ciClients:clientToAdd", () -> cis.removeClient(currentUser.caller(), ciId, clientId));
    }

    public void unrelate(UUID relationId) {
        change(null, () -> ciRelations.unrelate(currentUser.caller(), ciId, relationId));
    }

    /** Runs one change of the CI, reads it again, and shows a refusal beside {@code field} (null: for the page). */
    private void change(String field, Runnable write) {
        try {
            write.run();
            ownerToSet = null;
            clientToAdd = null;
            read(cis.find(currentUser.caller(), ciId));
            Messages.info(null, "common.saved");
        } catch (NotFoundException e) {
            notFound = true;
        } catch (BusinessException e) {
            Messages.error(field, "common.refused", Messages.refusal(localeSelector.getLocale(), e));
        }
    }

    public List<Relation> getRelations() {
        return relations;
    }

    public String getOwnerToSet() {
        return ownerToSet;
    }

    public void setOwnerToSet(String ownerToSet) {
        this.ownerToSet = ownerToSet;
    }

    public String getClientToAdd() {
        return clientToAdd;
    }

    public void setClientToAdd(String clientToAdd) {
        this.clientToAdd = clientToAdd;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public UUID getCiId() {
        return ciId;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getFolder() {
        return folder;
    }

    public String getCategory() {
        return category;
    }

    public String getType() {
        return type;
    }

    public String getState() {
        return state;
    }

    public String getTags() {
        return tags;
    }

    public boolean isActive() {
        return active;
    }

    public Person getOwner() {
        return owner;
    }

    public List<Person> getClients() {
        return clients;
    }

    public List<LinkedTicket> getTickets() {
        return tickets;
    }

    public List<CiGraphLayout.Node> getNodes() {
        return nodes;
    }

    public List<CiGraphLayout.Edge> getEdges() {
        return edges;
    }

    public int getHeight() {
        return height;
    }

    public int getWidth() {
        return CiGraphLayout.WIDTH;
    }

    public int getNodeWidth() {
        return CiGraphLayout.NODE_WIDTH;
    }

    public int getNodeHeight() {
        return CiGraphLayout.NODE_HEIGHT;
    }

    public FieldInputs getFields() {
        return fields;
    }

    public String getRelatedCi() {
        return relatedCi;
    }

    public void setRelatedCi(String relatedCi) {
        this.relatedCi = relatedCi;
    }

    public UUID getRelationTypeId() {
        return relationTypeId;
    }

    public void setRelationTypeId(UUID relationTypeId) {
        this.relationTypeId = relationTypeId;
    }
}
