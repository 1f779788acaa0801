package org.c2desk.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.c2desk.cmdb.CiCategory;
import org.c2desk.cmdb.CiFolder;
import org.c2desk.cmdb.CiState;
import org.c2desk.cmdb.CiType;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldCell;
import org.c2desk.customfield.FieldRow;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FormKind;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.imports.CiReferences.Ref;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.Country;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;

/**
 * What differs between an import of clients and one of CIs, behind one door for the batch job: the row mapper made
 * for a file's header, the chunk writer, the template. The job itself (reading, counting, checkpoints, validation
 * pass, report) is the same for both.
 */
@Stateless
public class ImportKinds {

    @PersistenceContext
    EntityManager em;

    @EJB
    ImportRuns runs;

    @EJB
    Authenticator authenticator;

    @EJB
    CustomFields customFields;

    @EJB
    ClientImportWriter clientWriter;

    @EJB
    CiImportWriter ciWriter;

    /**
     * Checks a file's header before any row is read (no reference is resolved).
     *
     * @throws ImportFileException naming what is wrong with it
     */
    public void checkHeader(ImportRun run, List<String> header) throws ImportFileException {
        UpsertKey key = run.getOptions().upsertKey();
        if (run.getKind() == ImportRun.Kind.CI) {
            new CiRowMapper(
                    header,
                    new CiReferences(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), ciCustomColumns(), Map.of()),
                    key);
        } else {
            new ClientRowMapper(header, new ClientReferences(Map.of(), Map.of(), clientCustomColumns()), key);
        }
    }

    /** The mapper of the run's rows, resolving names as the resource who started the run sees them. */
    public RowMapper mapper(ImportRun run, List<String> header) throws ImportFileException {
        // the resource who started the run, as they are now (permissions, enterprises)
        Caller caller = authenticator.callerFor(run.getStartedById());
        UpsertKey key = run.getOptions().upsertKey();
        return run.getKind() == ImportRun.Kind.CI
                ? new CiRowMapper(header, ciReferences(caller), key)
                : new ClientRowMapper(header, clientReferences(caller), key);
    }

    /** Writes a chunk of the run in the chunk's transaction (a validation pass writes only its bookkeeping). */
    public ChunkOutcome write(
            ImportRun.Kind kind, UUID runId, String by, UpsertKey key, boolean dryRun, List<ImportRow> rows) {
        return kind == ImportRun.Kind.CI
                ? ciWriter.write(runId, by, key, dryRun, rows)
                : clientWriter.write(runId, by, key, dryRun, rows);
    }

    /** The template's header row, for whoever may see imports. */
    public List<String> templateHeader(Caller caller, ImportRun.Kind kind) {
        runs.requireMayImport(caller);
        return kind == ImportRun.Kind.CI
                ? CiTemplate.header(ciCustomColumns())
                : ClientTemplate.header(clientCustomColumns());
    }

    public void writeTemplate(Caller caller, ImportRun.Kind kind, OutputStream out) {
        ClientTemplate.write(templateHeader(caller, kind), out);
    }

    /** The advice shown beside the template (English; the console has it in both languages). */
    public static String help(ImportRun.Kind kind) {
        return kind == ImportRun.Kind.CI ? CiTemplate.HELP : ClientTemplate.HELP;
    }

    // -------------------------------------------------------------------------------------- client references

    /** What client rows are resolved against, for a resource (only the enterprises they see). */
    public ClientReferences clientReferences(Caller caller) {
        Map<String, EnterpriseRef> enterprises = new HashMap<>();
        for (Enterprise enterprise :
                em.createQuery("select e from Enterprise e", Enterprise.class).getResultList()) {
            if (!caller.seesEnterprise(enterprise.getId())) {
                continue;
            }
            EnterpriseRef ref = new EnterpriseRef(
                    enterprise.getId(), enterprise.getName(), enterprise.isActive(), enterprise.getDefaultCulture());
            enterprises.put(enterprise.getId().toString(), ref);
            enterprises.put(enterprise.getName().strip().toLowerCase(Locale.ROOT), ref);
        }
        Map<String, UUID> countries = new HashMap<>();
        for (Country country :
                em.createQuery("select c from Country c", Country.class).getResultList()) {
            countries.put(country.getIsoCode().toUpperCase(Locale.ROOT), country.getId());
        }
        return new ClientReferences(enterprises, countries, clientCustomColumns());
    }

    /** The custom fields of the client form, in the form's order. */
    private List<CustomColumn> clientCustomColumns() {
        List<CustomColumn> columns = new ArrayList<>();
        for (FieldSection section : customFields.layout(FormKind.CLIENT, null)) {
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    if (cell.getDefinition() != null && cell.getDefinition().isActive()) {
                        columns.add(new CustomColumn(
                                cell.getDefinition(),
                                section.getId(),
                                cell.isEffectivelyRequired() && section.getVisibleIfDefinition() == null));
                    }
                }
            }
        }
        return columns;
    }

    // ------------------------------------------------------------------------------------------ CI references

    /** One column per custom field of a CI form: the shared sections' fields, then each type's own. */
    private List<CustomColumn> ciCustomColumns() {
        Map<UUID, CustomColumn> columns = new LinkedHashMap<>();
        for (Map<UUID, CustomColumn> form : ciForms().values()) {
            form.forEach(columns::putIfAbsent);
        }
        return List.copyOf(columns.values());
    }

    /** By type id (NO_TYPE: CIs without a type, the shared sections only): that form's fields by definition id. */
    Map<UUID, Map<UUID, CustomColumn>> ciForms() {
        Map<UUID, Map<UUID, CustomColumn>> forms = new LinkedHashMap<>();
        forms.put(CiReferences.NO_TYPE, columns(customFields.layout(FormKind.CI, null)));
        for (CiType type : em.createQuery("select t from CiType t order by t.name.english", CiType.class)
                .getResultList()) {
            forms.put(type.getId(), columns(customFields.layout(FormKind.CI, type.getId())));
        }
        return forms;
    }

    private static Map<UUID, CustomColumn> columns(List<FieldSection> layout) {
        Map<UUID, CustomColumn> columns = new LinkedHashMap<>();
        for (FieldSection section : layout) {
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    if (cell.getDefinition() != null && cell.getDefinition().isActive()) {
                        columns.putIfAbsent(
                                cell.getDefinition().getId(),
                                new CustomColumn(
                                        cell.getDefinition(),
                                        section.getId(),
                                        cell.isEffectivelyRequired() && section.getVisibleIfDefinition() == null));
                    }
                }
            }
        }
        return columns;
    }

    /** What CI rows are resolved against, for a resource (only the enterprises they see). */
    public CiReferences ciReferences(Caller caller) {
        Map<String, List<Ref>> folders = new HashMap<>();
        List<CiFolder> allFolders =
                em.createQuery("select f from CiFolder f", CiFolder.class).getResultList();
        for (CiFolder folder : allFolders) {
            String path = path(folder);
            Ref ref = new Ref(folder.getId(), path, folder.isActive(), null);
            put(folders, folder.getId().toString(), ref);
            put(folders, folder.getName().english(), ref);
            put(folders, folder.getName().french(), ref);
            put(folders, path, ref);
        }
        Map<String, List<Ref>> categories = new HashMap<>();
        for (CiCategory category :
                em.createQuery("select c from CiCategory c", CiCategory.class).getResultList()) {
            Ref ref = new Ref(category.getId(), category.getName().english(), category.isActive(), null);
            put(categories, category.getId().toString(), ref);
            put(categories, category.getName().english(), ref);
            put(categories, category.getName().french(), ref);
        }
        Map<String, List<Ref>> types = new HashMap<>();
        for (CiType type :
                em.createQuery("select t from CiType t", CiType.class).getResultList()) {
            Ref ref = new Ref(
                    type.getId(),
                    type.getName().english(),
                    type.isActive(),
                    type.getCategory() == null ? null : type.getCategory().getId());
            put(types, type.getId().toString(), ref);
            put(types, type.getName().english(), ref);
            put(types, type.getName().french(), ref);
        }
        Map<String, List<Ref>> states = new HashMap<>();
        for (CiState state :
                em.createQuery("select s from CiState s", CiState.class).getResultList()) {
            Ref ref = new Ref(state.getId(), state.getName().english(), state.isActive(), null);
            put(states, state.getId().toString(), ref);
            put(states, state.getCode(), ref);
            put(states, state.getName().english(), ref);
            put(states, state.getName().french(), ref);
        }
        Map<UUID, Map<UUID, CustomColumn>> forms = ciForms();
        Map<UUID, CustomColumn> all = new LinkedHashMap<>();
        forms.values().forEach(form -> form.forEach(all::putIfAbsent));
        return new CiReferences(
                folders,
                categories,
                types,
                states,
                clientReferences(caller).enterprises(),
                List.copyOf(all.values()),
                forms);
    }

    private static String path(CiFolder folder) {
        StringBuilder path = new StringBuilder(folder.getName().english().strip());
        int depth = 0;
        for (CiFolder parent = folder.getParent(); parent != null && depth < 50; parent = parent.getParent(), depth++) {
            path.insert(0, parent.getName().english().strip() + "/");
        }
        return path.toString();
    }

    private static void put(Map<String, List<Ref>> map, String key, Ref ref) {
        if (key == null || key.isBlank()) {
            return;
        }
        List<Ref> refs = map.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (refs.stream().noneMatch(r -> r.id().equals(ref.id()))) {
            refs.add(ref);
        }
    }
}
