package org.c2desk.web.api.c2;

import jakarta.ws.rs.Path;

/** {@code /API/CI/...}: being written (Save and UpdateProperty). */
@Path("CI")
public class CiEndpoint {
}
