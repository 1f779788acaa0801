package org.c2desk.web.api.c2;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The C2 API at {@code /API}; its classes are listed so the newer API's resources stay out of it. */
@ApplicationPath("API")
public class C2Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                TicketEndpoint.class,
                ClientEndpoint.class,
                CiEndpoint.class,
                C2ExceptionMapper.class,
                C2JsonErrorMapper.class,
                C2ViolationMapper.class);
    }
}
