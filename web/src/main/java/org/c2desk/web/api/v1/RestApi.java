package org.c2desk.web.api.v1;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api/v1}. Its classes are listed, so the C2 API's endpoints stay out of it (and its own out
 * of the C2 API). Described by the OpenAPI document the server publishes at {@code /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "C2 Desk REST API",
                        version = "1",
                        description = "Tickets, clients, CIs and reference data. Authenticate with a personal API token"
                                + " (Authorization: Bearer c2d_..., created at POST /api/v1/tokens) or HTTP Basic. Changes"
                                + " need If-Match with the ETag read. Errors are application/problem+json; a refused value"
                                + " names its field.",
                        license = @License(name = "See the project's licence")),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")},
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = "token",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    description = "A personal API token, c2d_ followed by 43 characters"),
                            @SecurityScheme(
                                    securitySchemeName = "basic",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "basic",
                                    description = "A resource's user name and password")
                        }))
public class RestApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AuthenticationFilter.class,
                ProblemMapper.class,
                ViolationMapper.class,
                JsonbProvider.class,
                TicketsResource.class,
                ClientsResource.class,
                CisResource.class,
                AttachmentsResource.class,
                TokensResource.class,
                ReferenceResource.class,
                ImportsResource.class,
                AuditResources.Tickets.class,
                AuditResources.Clients.class,
                AuditResources.Cis.class,
                AuditResources.Resources.class);
    }

    /**
     * Jersey's multipart support (bundled with Payara), for the standard {@code EntityPart} uploads of
     * {@code multipart/form-data}; named here, so the application needs no compile-time Jersey dependency.
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of(
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
