package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.PortalClient;
import org.c2desk.ticket.PortalRequests;
import org.c2desk.ticket.TicketAttachments;
import org.c2desk.web.security.SignedInUser;

/**
 * {@code /portal/attachment?id=...}: a public attachment of a ticket the signed-in client reaches, as a download.
 * Under {@code /portal/*}, so only clients get here; any other id is a plain 404, whether it exists or not.
 */
@WebServlet("/portal/attachment")
public class PortalAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PortalRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        PortalClient client = user == null ? null : user.client();
        if (client == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TicketAttachments.AttachmentFile file;
        try {
            file = requests.attachment(client, UUID.fromString(request.getParameter("id")));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        String name = file.attachment().getFileName();
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        // Always a download, never rendered in the portal's origin, whatever type the uploader claimed.
        response.setContentType(file.attachment().getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
