package org.c2desk.web.api.c2;

import jakarta.ws.rs.Path;

/** {@code /API/Clients/...}: being written (Save and UpdateProperty). */
@Path("Clients")
public class ClientEndpoint {
}
