package org.c2desk.web.console.cmdb;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.c2desk.cmdb.CiReferenceData;
import org.c2desk.cmdb.CiRelations;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.security.CurrentUser;

/** The CMDB's folders, categories, types, states and relation types, as (id, label) pairs for selects. */
@Named
@RequestScoped
public class CmdbChoices {

    public record Option(UUID id, String label, UUID categoryId) {}

    @EJB
    CiReferenceData referenceData;

    @EJB
    CiRelations relations;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    CurrentUser currentUser;

    private List<Option> folders;
    private List<Option> categories;
    private List<Option> types;
    private List<Option> states;
    private List<Option> relationTypes;

    public List<Option> getFolders() {
        if (folders == null) {
            folders = referenceData.folders(currentUser.caller()).stream()
                    .map(f -> new Option(f.getId(), path(f), null))
                    .sorted(java.util.Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return folders;
    }

    private String path(org.c2desk.cmdb.CiFolder folder) {
        String name = folder.getName().in(localeSelector.getLocale());
        return folder.getParent() == null ? name : path(folder.getParent()) + " / " + name;
    }

    public List<Option> getCategories() {
        if (categories == null) {
            categories = referenceData.categories(currentUser.caller()).stream()
                    .map(c -> new Option(c.getId(), c.getName().in(localeSelector.getLocale()), null))
                    .sorted(java.util.Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return categories;
    }

    public List<Option> getTypes() {
        if (types == null) {
            types = referenceData.types(currentUser.caller()).stream()
                    .map(t -> new Option(
                            t.getId(),
                            t.getName().in(localeSelector.getLocale()),
                            t.getCategory() == null ? null : t.getCategory().getId()))
                    .sorted(java.util.Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return types;
    }

    /** The types of one category (all types when none is chosen). */
    public List<Option> typesOf(UUID categoryId) {
        return categoryId == null
                ? getTypes()
                : getTypes().stream()
                        .filter(t -> categoryId.equals(t.categoryId()))
                        .toList();
    }

    public List<Option> getStates() {
        if (states == null) {
            states = referenceData.states(currentUser.caller()).stream()
                    .map(s -> new Option(s.getId(), s.getName().in(localeSelector.getLocale()), null))
                    .toList();
        }
        return states;
    }

    public List<Option> getRelationTypes() {
        if (relationTypes == null) {
            relationTypes = relations.relationTypes(currentUser.caller()).stream()
                    .map(r -> new Option(r.getId(), r.getName().in(localeSelector.getLocale()), null))
                    .toList();
        }
        return relationTypes;
    }

    /** The label of an id among the options, or an empty text. */
    public String label(List<Option> options, UUID id) {
        return id == null
                ? ""
                : options.stream()
                        .filter(o -> o.id().equals(id))
                        .map(Option::label)
                        .findFirst()
                        .orElse("");
    }
}
