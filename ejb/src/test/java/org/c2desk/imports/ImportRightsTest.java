package org.c2desk.imports;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.junit.jupiter.api.Test;

/**
 * Imports are read by whoever holds IMPORT, whatever the page or resource asks: the runs, their history, their
 * report and the template are refused to anyone else before anything is read (the services here have no database).
 */
class ImportRightsTest {

    private static Caller caller(Permission... permissions) {
        return new Caller(
                UUID.randomUUID(), "viewer", "Viewer", Culture.EN_US, false, Set.of(permissions), Set.of(), Set.of());
    }

    @Test
    void whoeverHasNoImportPermissionSeesNoRunNorHistoryNorReportNorTemplate() {
        Caller viewer = caller(Permission.CLIENT_CREATE, Permission.CI_CREATE);
        ImportRuns runs = new ImportRuns();
        ImportReports reports = new ImportReports();
        reports.runs = runs;
        ImportKinds kinds = new ImportKinds();
        kinds.runs = runs;

        assertThrows(ForbiddenException.class, () -> runs.find(viewer, UUID.randomUUID()));
        assertThrows(ForbiddenException.class, () -> runs.latest(viewer, null, 20));
        assertThrows(ForbiddenException.class, () -> reports.rejections(viewer, UUID.randomUUID(), 0, 10));
        assertThrows(
                ForbiddenException.class,
                () -> reports.writeReport(viewer, UUID.randomUUID(), new ByteArrayOutputStream()));
        assertThrows(
                ForbiddenException.class,
                () -> kinds.writeTemplate(viewer, ImportRun.Kind.CLIENT, new ByteArrayOutputStream()));
        assertThrows(
                ForbiddenException.class,
                () -> runs.create(viewer, ImportRun.Kind.CLIENT, "a.csv", new byte[] {'x'}, ImportOptions.DEFAULT));
    }
}
