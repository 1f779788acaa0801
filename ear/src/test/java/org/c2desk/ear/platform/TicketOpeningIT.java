package org.c2desk.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.c2desk.ear.support.Deployments;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;
import org.c2desk.ticket.NewTicket;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening tickets in a real Payara on real PostgreSQL: numbers under concurrency, permissions, bad references. */
@ExtendWith(ArquillianExtension.class)
class TicketOpeningIT {

    static final UUID ENTERPRISE = UUID.fromString("04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46");
    static final UUID SERVICE_REQUEST = UUID.fromString("19f57377-94fd-4391-a154-577446131999");
    static final UUID REQUEST = UUID.fromString("3e2eee86-2dd5-4465-b8f9-7df2ecd6c297");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(TicketOpeningIT.class);
    }

    @EJB
    TicketService tickets;

    @EJB
    Authenticator authenticator;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @Test
    void eightThreadsOpeningFiveHundredTicketsEachGetFourThousandDistinctNumbers() throws Exception {
        Caller admin = authenticator.callerFor(adminId());
        String batch = "concurrency-" + UUID.randomUUID();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int t = thread;
            workers.add(executor.submit(() -> {
                List<Long> numbers = new ArrayList<>(500);
                for (int i = 0; i < 500; i++) {
                    // Each call is its own transaction, as when 8 agents or integrators create at once.
                    Ticket ticket =
                            tickets.create(admin, NewTicket.of(ENTERPRISE, SERVICE_REQUEST, batch + " " + t + "/" + i));
                    numbers.add(ticket.getSequenceNumber());
                }
                return numbers;
            }));
        }
        Set<Long> distinct = new HashSet<>();
        int total = 0;
        for (Future<List<Long>> worker : workers) {
            List<Long> numbers = worker.get(5, TimeUnit.MINUTES);
            total += numbers.size();
            distinct.addAll(numbers);
        }
        assertEquals(4000, total);
        assertEquals(4000, distinct.size(), "every ticket number is unique");
        assertEquals(
                4000L, count("select count(distinct sequence_number) from ticket where summary like '" + batch + "%'"));
    }

    @Test
    void aTicketFromTheCatalogTakesTheRequestsPlaceAndDefaults() {
        Caller admin = authenticator.callerFor(adminId());
        Ticket ticket = tickets.create(
                admin,
                new NewTicket(
                        ENTERPRISE,
                        SERVICE_REQUEST,
                        null,
                        null,
                        null,
                        null,
                        REQUEST,
                        "  Exemple de demande 1  ",
                        null,
                        List.of(UUID.fromString("b2156d17-7156-43fa-b021-200d7a9f2f01")),
                        List.of(UUID.fromString("d27a6354-b382-4e3f-ae35-e417f3b580cf")),
                        null));

        assertEquals("Exemple de demande 1", ticket.getSummary());
        assertEquals(
                UUID.fromString("22d742b3-b85e-4542-862b-921fd3df4dba"),
                ticket.getService().getId());
        assertEquals(
                UUID.fromString("1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467"),
                ticket.getCategory().getId());
        assertEquals(
                UUID.fromString("7ec07c17-828f-47f8-9519-76f7e9a32cb0"),
                ticket.getQueue().getId());
        assertEquals(TicketService.NEW_STATUS_ID, ticket.getStatus().getId());
        assertEquals("Client1", ticket.principalClient().orElseThrow().getFirstName());
        assertTrue(ticket.getSequenceNumber() > 12672, "numbers continue after the demo data's");
    }

    @Test
    void aResourceWithoutThePermissionCannotOpenATicket() throws Exception {
        Caller viewer = authenticator.authenticateResource("viewer", "pax123".toCharArray());
        long before = count("select count(*) from ticket");

        // Business exceptions are application exceptions: they reach the caller as they are, not wrapped.
        ForbiddenException refused = assertThrows(
                ForbiddenException.class,
                () -> tickets.create(viewer, NewTicket.of(ENTERPRISE, SERVICE_REQUEST, "not allowed")));

        assertTrue(refused.getMessage().contains("TICKET_CREATE"), refused.getMessage());
        assertEquals(before, count("select count(*) from ticket"), "nothing written");
    }

    @Test
    void anAgentOfTheResourcesGroupMayOpenOne() {
        Caller agent = authenticator.authenticateResource("agent.en", "pax123".toCharArray());
        Ticket ticket = tickets.create(agent, NewTicket.of(ENTERPRISE, SERVICE_REQUEST, "printer jam on 3rd floor"));
        assertEquals("agent.en", ticket.getAudit().createdBy());
    }

    @Test
    void anUnknownReferenceIsRefusedWithTheFieldItCameFrom() throws Exception {
        Caller admin = authenticator.callerFor(adminId());
        UUID unknown = UUID.randomUUID();
        long before = count("select count(*) from ticket");

        ValidationException validation = assertThrows(
                ValidationException.class,
                () -> tickets.create(
                        admin,
                        new NewTicket(
                                ENTERPRISE,
                                SERVICE_REQUEST,
                                null,
                                unknown,
                                null,
                                null,
                                null,
                                "bad queue",
                                null,
                                null,
                                null,
                                null)));

        // The service names the command's component; each API renames it in its own words.
        assertEquals("queueId", validation.field());
        assertTrue(validation.getMessage().contains(unknown.toString()));
        assertEquals(before, count("select count(*) from ticket"), "nothing half-written");
    }

    @Test
    void anOverLongSummaryIsABeanValidationRefusalThatReachesTheCallerUnwrapped() throws Exception {
        Caller admin = authenticator.callerFor(adminId());
        long before = count("select count(*) from ticket");

        // An application exception (ejb-jar.xml): not wrapped in an EJBException, not logged as a server error.
        ConstraintViolationException refused = assertThrows(
                ConstraintViolationException.class,
                () -> tickets.create(admin, NewTicket.of(ENTERPRISE, SERVICE_REQUEST, "x".repeat(501))));

        assertEquals(
                "summary",
                refused.getConstraintViolations()
                        .iterator()
                        .next()
                        .getPropertyPath()
                        .toString()
                        .replaceAll(".*\\.", ""));
        assertEquals(before, count("select count(*) from ticket"), "nothing written");
    }

    private UUID adminId() {
        return authenticator
                .authenticateResource("admin", "pax123".toCharArray())
                .resourceId();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
