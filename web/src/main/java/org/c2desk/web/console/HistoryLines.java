package org.c2desk.web.console;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditEntry;
import org.c2desk.audit.FieldChange;
import org.c2desk.web.customfield.FieldInputs;

/**
 * An object's audit trail as the console's History sections show it: one line per changed field, a custom field
 * under its name in the reader's language. Shared by the ticket, client and CI pages.
 */
public final class HistoryLines {

    private HistoryLines() {}

    /**
     * One changed field of one write. {@code action} and {@code channel} are names of the audit enums, for the
     * bundle's {@code audit.action.*} and {@code audit.channel.*} (channel null: not recorded).
     */
    public record Line(
            OffsetDateTime on,
            String by,
            String action,
            String channel,
            String address,
            String field,
            String before,
            String after)
            implements Serializable {

        public boolean isUpdate() {
            return AuditAction.UPDATED.name().equals(action);
        }
    }

    /** The lines of {@code entries} (newest first), custom fields named from {@code fields} when shown there. */
    public static List<Line> of(List<AuditEntry> entries, FieldInputs fields, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            String channel =
                    entry.getChannel() == null ? null : entry.getChannel().name();
            List<FieldChange> changes = entry.getChanges();
            if (changes.isEmpty()) {
                lines.add(new Line(
                        entry.getOccurredOn(),
                        entry.getActorName(),
                        entry.getAction().name(),
                        channel,
                        entry.getAddress(),
                        "",
                        null,
                        null));
            }
            for (FieldChange change : changes) {
                lines.add(new Line(
                        entry.getOccurredOn(),
                        entry.getActorName(),
                        entry.getAction().name(),
                        channel,
                        entry.getAddress(),
                        fieldName(change, fields, locale),
                        change.before(),
                        change.after()));
            }
        }
        return lines;
    }

    /** A system field by its API name; a custom field by its name in the reader's language, else its English one. */
    static String fieldName(FieldChange change, FieldInputs fields, Locale locale) {
        if (change.label() == null) {
            return change.field();
        }
        if (fields != null && change.field().startsWith("CustomField")) {
            return fields.getAll().stream()
                    .filter(f -> f.isNamed(change.label()))
                    .findFirst()
                    .map(f -> f.label(locale))
                    .orElse(change.label());
        }
        return change.label() + " (" + change.field() + ")";
    }
}
