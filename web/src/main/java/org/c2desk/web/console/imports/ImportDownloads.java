package org.c2desk.web.console.imports;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.c2desk.imports.ImportKinds;
import org.c2desk.imports.ImportReports;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.Caller;
import org.c2desk.web.security.CurrentUser;

/**
 * The files of the imports page, as plain links under /console (so the console's sign-in protects them):
 * {@code /console/imports/template.csv} (the client template; {@code ?kind=ci}: the CI template) and {@code /console/imports/report.csv?id=...} (the
 * rejections of an import). Both need the IMPORT permission.
 */
@WebServlet({"/console/imports/template.csv", "/console/imports/report.csv"})
public class ImportDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ImportRuns runs;

    @EJB
    ImportReports reports;

    @EJB
    ImportKinds kinds;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller;
        try {
            caller = currentUser.caller();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            runs.requireMayImport(caller); // before the request is read
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/csv;charset=UTF-8");
        if (request.getServletPath().endsWith("template.csv")) {
            ImportRun.Kind kind =
                    "ci".equalsIgnoreCase(request.getParameter("kind")) ? ImportRun.Kind.CI : ImportRun.Kind.CLIENT;
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"" + (kind == ImportRun.Kind.CI ? "cis" : "clients") + "-template.csv\"");
            kinds.writeTemplate(caller, kind, response.getOutputStream());
            return;
        }
        ImportRun run;
        try {
            run = runs.find(caller, UUID.fromString(String.valueOf(request.getParameter("id"))));
        } catch (IllegalArgumentException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        String base = run.getFileName().replaceAll("\\.[Cc][Ss][Vv]$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + base + "-rejections.csv\"");
        reports.writeReport(caller, run.getId(), response.getOutputStream());
    }
}
