package org.c2desk.ear.api.c2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.c2desk.ear.support.ApiClient;
import org.c2desk.ear.support.ApiClient.Answer;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read calls of the C2 API, called from outside: {@code Ticket/Get}, {@code Clients/Get}, {@code CI/Get} answer
 * what the matching Save answers; {@code Ticket/List}, {@code Clients/List}, {@code CI/List} page through what the
 * caller may see with a cursor, checked against the suite's database.
 *
 * <p>The suite shares one database with the other API tests, which change a few documented objects (the ticket's
 * summary, the CI's IsActive): only fields no other test changes are asserted, and every list is compared with the
 * database at the moment it is read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class C2ReadApiIT {

    static final String TICKET = "d2ec3037-7477-47cd-87ff-3a3c80a9191c";
    static final String CLIENT_API = "b9498fa8-9629-49c4-b09d-9dc2d2216675";
    static final String CI_API = "e33ce7a9-cc55-456a-91ec-778c82a4184a";
    static final String SELENIUM_TESTS = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";
    static final String NORTHWIND = "72000000-0000-4000-8000-000000000002";
    static final String INCIDENT_TYPE = "19f57377-94fd-4391-a154-577446131999";
    static final String AGENT_HR = "71000000-0000-4000-8000-000000000005";
    static final String LAPTOPS_FOLDER = "7b000000-0000-4000-8000-000000000001";
    static final String NANCY_DAVOLIO = "7c000000-0000-4000-8000-000000000001";
    static final String CLOSED = "20000000-0000-4000-8000-000000000006";
    static final String IN_PROGRESS = "20000000-0000-4000-8000-000000000002";

    /** Pages a list may take before the test calls it endless. */
    static final int MAX_PAGES = 500;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    // Get ---------------------------------------------------------------------------------------------------------

    @Test
    void ticketGetAnswersTheDocumentedTicketAsSaveWould() throws Exception {
        Answer answer =
                api().post("API/Ticket/Get", admin().add("Id", TICKET).build().toString());

        assertEquals(200, answer.httpStatus());
        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals(TICKET, data.getString("Id"));
        assertEquals(12672, data.getInt("SequenceNumber"));
        assertEquals("Selenium Tests", data.getString("EnterpriseName"));
        assertEquals("Exemple de demande 1", data.getString("RequestName"));
        assertEquals("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0", data.getString("StatusId"));
        assertEquals("7ec07c17-828f-47f8-9519-76f7e9a32cb0", data.getString("QueueId"));
        assertEquals(
                "Client1 Client1", data.getJsonArray("Clients").getJsonObject(0).getString("FullName"));
        assertEquals(
                "selenium-tests@c2enterprise.com",
                data.getJsonArray("Assignees").getJsonObject(0).getString("UserName"));
        assertEquals(
                "765b7076-ef57-409e-8cd9-e1c23b11b2ab",
                data.getJsonArray("Workflows").getJsonObject(0).getString("TaskTemplateId"));
        assertEquals("/Date(1530714000000)/", data.getString("CreatedOn"));
        assertTrue(data.getBoolean("IsTicket"));

        Answer saved = api().post("API/Ticket/Save", ApiClient.resource("ticket-save.json"));
        Answer read = api().post(
                        "API/Ticket/Get",
                        admin().add("Id", saved.data().getString("Id")).build().toString());
        assertEquals(0, read.status(), read.message());
        assertEquals(
                List.copyOf(saved.data().keySet()),
                List.copyOf(read.data().keySet()),
                "the Data of Save, field for field");
        // Save writes the amounts as Java holds them (0), a read as the database's numeric(14, 2) (0.00): same numbers.
        for (String amount : List.of("Cost", "Price")) {
            assertEquals(
                    0,
                    saved.data()
                            .getJsonNumber(amount)
                            .bigDecimalValue()
                            .compareTo(read.data().getJsonNumber(amount).bigDecimalValue()),
                    amount);
        }
        assertEquals(
                withoutAmounts(saved.data()),
                withoutAmounts(read.data()),
                "a ticket just saved reads back as Save answered it");
    }

    @Test
    void clientGetAnswersTheDocumentedClientAsSaveWould() throws Exception {
        Answer answer = api().post(
                        "API/Clients/Get", admin().add("Id", CLIENT_API).build().toString());

        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals(C2ClientApiIT.SUMMARY_FIELDS, List.copyOf(data.keySet()));
        assertEquals(CLIENT_API, data.getString("Id"));
        assertEquals("00000599", data.getString("SequenceNumber"));
        assertEquals("Client API", data.getString("Message"));
        assertEquals("clientapi", data.getString("UserName"));
        assertTrue(data.isNull("ExternalId"));
    }

    @Test
    void ciGetAnswersTheDocumentedCiAsSaveWould() throws Exception {
        Answer answer =
                api().post("API/CI/Get", admin().add("Id", CI_API).build().toString());

        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals(CI_API, data.getString("Id"));
        assertEquals("00000010", data.getString("CINumber"));
        assertEquals("00000221", data.getString("SequenceNumber"));
        assertEquals("CI API", data.getString("Name"));
        assertEquals("9a3084c8-6169-4d0c-8a02-cd93c8913689", data.getString("CITypeId"));
        assertEquals("Inventaire", data.getString("CITypeName"));
        assertEquals("eab2c263-6a90-41bd-bdb7-c45a091f9326", data.getString("CategoryId"));
        assertEquals("867a0cc0-a85a-4b80-bd69-d0cbb11d051b", data.getString("CIFolderId"));
        assertEquals("3b302329-5610-4ee4-97e9-e8590be84b63", data.getString("StateId"));
        assertEquals("/Date(1530719073083)/", data.getString("CreatedDateTime"));
        assertTrue(data.containsKey("CustomFields"));
    }

    @Test
    void anUnknownIdIsNotFoundAndAMissingIdIsNamed() throws Exception {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("API/Ticket/Get", "API/Clients/Get", "API/CI/Get")) {
            Answer answer = api().post(path, admin().add("Id", unknown).build().toString());
            assertEquals(4, answer.status(), path + ": " + answer.message());
            assertEquals(404, answer.httpStatus());
            assertTrue(answer.message().contains(unknown), answer.message());

            Answer missing = api().post(path, admin().build().toString());
            assertEquals(1, missing.status(), path);
            assertEquals("Id is required", missing.message());
        }
        Answer noCredentials = api().post("API/Ticket/Get", "{\"Id\":\"" + TICKET + "\"}");
        assertEquals(2, noCredentials.status());
    }

    // Ticket/List -------------------------------------------------------------------------------------------------

    @Test
    void pagingThroughAFilterCollectsEveryTicketOnceInOrder() throws Exception {
        JsonObjectBuilder request = admin().add(
                        "Filter",
                        Json.createObjectBuilder()
                                .add("EnterpriseIds", Json.createArrayBuilder().add(NORTHWIND)))
                .add("PageSize", 7);

        List<JsonObject> items = all("API/Ticket/List", request.build(), 7);

        // V001's index (last_modified_on desc, id): newest first, ties by id ascending.
        List<String> expected = ids(
                "select id::text from ticket where enterprise_id = ?::uuid and is_ticket"
                        + " order by last_modified_on desc, id",
                NORTHWIND);
        assertTrue(expected.size() > 7 * 3, "enough demo tickets for several pages: " + expected.size());
        assertEquals(expected, items.stream().map(i -> i.getString("Id")).toList());
        assertTrue(items.stream().allMatch(i -> i.getString("EnterpriseName").equals("Northwind Health")));
        JsonObject first = items.get(0);
        assertTrue(first.getString("LastModifiedOn").matches("/Date\\(\\d+\\)/"), first.toString());
        assertTrue(first.getJsonNumber("SequenceNumber").longValue() > 0);
        assertNotNull(first.getString("StatusName"));
    }

    @Test
    void anotherSortAndDirectionAndBothSpellingsOfIdListsPageAsWell() throws Exception {
        JsonObject request = admin().add(
                        "Filter",
                        Json.createObjectBuilder()
                                .add(
                                        "StatusIds",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("Id", CLOSED))
                                                .add(Json.createObjectBuilder().add("Id", IN_PROGRESS))))
                .add("Sort", "SequenceNumber")
                .add("Direction", "Asc")
                .add("PageSize", 25)
                .build();

        List<JsonObject> items = all("API/Ticket/List", request, 25);

        assertEquals(
                ids(
                        "select id::text from ticket where status_id in (?::uuid, ?::uuid) and is_ticket"
                                + " order by sequence_number",
                        CLOSED,
                        IN_PROGRESS),
                items.stream().map(i -> i.getString("Id")).toList());
        JsonObject plain = admin().add(
                        "Filter",
                        Json.createObjectBuilder()
                                .add(
                                        "StatusIds",
                                        Json.createArrayBuilder().add(CLOSED).add(IN_PROGRESS)))
                .add("Sort", "SequenceNumber")
                .add("Direction", "asc")
                .add("PageSize", 25)
                .build();
        assertEquals(items, all("API/Ticket/List", plain, 25), "[\"...\"] and [{\"Id\": ...}] name the same statuses");

        JsonObject created = admin().add("Sort", "CreatedOn")
                .add("Direction", "Asc")
                .add("PageSize", 50)
                .add(
                        "Filter",
                        Json.createObjectBuilder()
                                .add("EnterpriseIds", Json.createArrayBuilder().add(NORTHWIND))
                                .add("CreatedSince", "2000-01-01T00:00:00Z"))
                .build();
        List<JsonObject> oldestFirst = all("API/Ticket/List", created, 50);
        assertEquals(
                new HashSet<>(
                        ids("select id::text from ticket where enterprise_id = ?::uuid and is_ticket", NORTHWIND)),
                new HashSet<>(oldestFirst.stream().map(i -> i.getString("Id")).toList()));
        for (int i = 1; i < oldestFirst.size(); i++) {
            assertTrue(
                    millis(oldestFirst.get(i - 1).getString("CreatedOn"))
                            <= millis(oldestFirst.get(i).getString("CreatedOn")),
                    "oldest first");
        }
    }

    @Test
    void freeTextFindsATicketByItsSummaryAndByItsCommunications() throws Exception {
        String inSummary = word();
        String inNote = word();
        String id = api().post(
                        "API/Ticket/Save",
                        admin().add(
                                        "viewModel",
                                        Json.createObjectBuilder()
                                                .add("EnterpriseId", SELENIUM_TESTS)
                                                .add("TicketTypeId", INCIDENT_TYPE)
                                                .add("Summary", "Printer " + inSummary + " jammed"))
                                .build()
                                .toString())
                .data()
                .getString("Id");
        execute(
                "insert into ticket_communication (id, ticket_id, author_resource_id, is_public, channel, body)"
                        + " values (gen_random_uuid(), ?::uuid, '71000000-0000-4000-8000-000000000001', false, 'CONSOLE', ?)",
                id,
                "Internal note: replaced the " + inNote + " cartridge.");

        assertEquals(List.of(id), listIds(admin(), Json.createObjectBuilder().add("Text", inSummary)));
        assertEquals(
                List.of(id),
                listIds(admin(), Json.createObjectBuilder().add("Text", inNote.toUpperCase(Locale.ROOT))),
                "a word of an internal note, in any case");
        assertEquals(
                List.of(id),
                listIds(admin(), Json.createObjectBuilder().add("Text", "printer " + inSummary)),
                "every word must match");
        assertEquals(
                List.of(),
                listIds(admin(), Json.createObjectBuilder().add("Text", inSummary + " " + inNote)),
                "the words are all in the summary or all in one communication");
    }

    @Test
    void anAgentSeesTheTicketsOfTheirQueuesAndThoseAssignedToThemOnly() throws Exception {
        String word = word();
        // A queue none of agent.hr's groups holds.
        String privateQueue = java.util.UUID.randomUUID().toString();
        execute(
                "insert into queue (id, code, english_name, french_name) values (?::uuid, ?, 'Board', 'Direction')",
                privateQueue,
                "BOARD_" + word);
        String hidden = saveInQueue("In another queue " + word, privateQueue, null);
        String assigned = saveInQueue("In another queue, assigned " + word, privateQueue, AGENT_HR);
        String unrouted = saveWithoutQueue("In no queue yet " + word, null);
        assertEquals(
                Set.of(assigned, unrouted),
                Set.copyOf(listIds(agentHr(), Json.createObjectBuilder().add("Text", word))),
                "their queues' tickets, those assigned to them, and those not routed yet");
        assertEquals(
                Set.of(hidden, assigned, unrouted),
                Set.copyOf(listIds(admin(), Json.createObjectBuilder().add("Text", word))));

        // Every page of everything agent.hr may see (tickets and tasks), against the rule in SQL.
        List<JsonObject> seen = all(
                "API/Ticket/List",
                agentHr()
                        .add("Filter", Json.createObjectBuilder().add("IsTicket", JsonValue.NULL))
                        .add("PageSize", 200)
                        .build(),
                200);
        List<String> expected = ids("""
                select t.id::text from ticket t
                 where (t.queue_id is null
                        or t.queue_id in (select gq.queue_id from group_queue gq join group_member gm
                                         on gm.group_id = gq.group_id where gm.resource_id = ?::uuid)
                        or exists (select 1 from ticket_assignee a where a.ticket_id = t.id and a.resource_id = ?::uuid))
                   and (not exists (select 1 from group_enterprise ge join group_member gm on gm.group_id = ge.group_id
                                     where gm.resource_id = ?::uuid)
                        or t.enterprise_id in (select ge.enterprise_id from group_enterprise ge
                                                 join group_member gm on gm.group_id = ge.group_id where gm.resource_id = ?::uuid))
                """, AGENT_HR, AGENT_HR, AGENT_HR, AGENT_HR);
        Set<String> seenIds =
                new HashSet<>(seen.stream().map(i -> i.getString("Id")).toList());
        assertEquals(seen.size(), seenIds.size(), "no ticket twice");
        assertEquals(new HashSet<>(expected), seenIds);
        assertTrue(seenIds.contains(assigned));
        assertFalse(seenIds.contains(hidden));
        assertTrue(seen.stream().anyMatch(i -> !i.getBoolean("IsTicket")), "IsTicket null lists the tasks too");
    }

    @Test
    void aBadCursorPageSizeSortOrFilterIsRefusedByName() throws Exception {
        Answer garbage =
                list("API/Ticket/List", admin().add("Cursor", "not-a-cursor!").build());
        assertEquals(1, garbage.status());
        assertTrue(garbage.message().startsWith("Cursor: "), garbage.message());

        String clientCursor = list(
                        "API/Clients/List", admin().add("PageSize", 1).build())
                .data()
                .getString("NextCursor");
        Answer otherList =
                list("API/Ticket/List", admin().add("Cursor", clientCursor).build());
        assertEquals(1, otherList.status());
        assertTrue(
                otherList.message().startsWith("Cursor: this cursor belongs to another list or sort"),
                otherList.message());

        String ticketCursor = list("API/Ticket/List", admin().add("PageSize", 1).build())
                .data()
                .getString("NextCursor");
        Answer otherSort = list(
                "API/Ticket/List",
                admin().add("Cursor", ticketCursor).add("Direction", "Asc").build());
        assertEquals(1, otherSort.status());
        assertTrue(
                otherSort.message().startsWith("Cursor: this cursor belongs to another list or sort"),
                otherSort.message());

        Answer tooBig = list("API/Ticket/List", admin().add("PageSize", 500).build());
        assertEquals(1, tooBig.status());
        assertEquals(400, tooBig.httpStatus());
        assertEquals("PageSize: expected a whole number from 1 to 200 but got 500", tooBig.message());
        assertEquals(
                1, list("API/Ticket/List", admin().add("PageSize", 0).build()).status());
        assertEquals(1, list("API/CI/List", admin().add("PageSize", -3).build()).status());

        Answer sort = list("API/Ticket/List", admin().add("Sort", "Colour").build());
        assertEquals(
                "Sort: expected one of LastModifiedOn, CreatedOn, SequenceNumber but got 'Colour'", sort.message());
        Answer misspelt = list(
                "API/Ticket/List",
                admin().add("Filter", Json.createObjectBuilder().add("Statusids", Json.createArrayBuilder()))
                        .build());
        assertEquals(1, misspelt.status());
        assertTrue(misspelt.message().startsWith("Filter.Statusids: unknown field"), misspelt.message());
        Answer date = list(
                "API/Ticket/List",
                admin().add("Filter", Json.createObjectBuilder().add("ModifiedSince", "yesterday"))
                        .build());
        assertTrue(date.message().startsWith("Filter.ModifiedSince: expected an ISO-8601 date"), date.message());
        Answer guid = list(
                "API/Ticket/List",
                admin().add(
                                "Filter",
                                Json.createObjectBuilder()
                                        .add(
                                                "QueueIds",
                                                Json.createArrayBuilder().add(12)))
                        .build());
        assertEquals("Filter.QueueIds[0]: expected a GUID or an object with an Id but got 12", guid.message());
    }

    // Clients/List and CI/List ------------------------------------------------------------------------------------

    @Test
    void clientsAreFoundByTheBeginningOfANameEmailOrUserName() throws Exception {
        for (String prefix : List.of("davol", "NANCY", "nancy da", "nancy.davolio@north")) {
            List<JsonObject> items = all(
                    "API/Clients/List",
                    admin().add("Filter", Json.createObjectBuilder().add("Text", prefix))
                            .build(),
                    50);
            assertTrue(items.stream().anyMatch(i -> i.getString("Id").equals(NANCY_DAVOLIO)), prefix + ": " + items);
            String lower = prefix.toLowerCase(Locale.ROOT);
            for (JsonObject item : items) {
                assertTrue(
                        starts(item, "LastName", lower)
                                || starts(item, "FullName", lower)
                                || starts(item, "EmailAddress", lower)
                                || starts(item, "UserName", lower),
                        prefix + ": " + item);
            }
        }
        JsonObject nancy = all(
                        "API/Clients/List",
                        admin().add("Filter", Json.createObjectBuilder().add("Text", "davolio"))
                                .build(),
                        50)
                .get(0);
        assertEquals("Nancy Davolio", nancy.getString("FullName"));
        assertEquals("Northwind Health", nancy.getString("EnterpriseName"));
        assertTrue(nancy.getString("SequenceNumber").matches("\\d{8}"), nancy.toString());
        assertEquals(
                List.of(),
                all(
                        "API/Clients/List",
                        admin().add("Filter", Json.createObjectBuilder().add("Text", "%"))
                                .build(),
                        50),
                "LIKE's wildcards are taken literally");

        // One enterprise's clients, so the walk stays small whatever other tests imported into the others.
        List<JsonObject> byName = all(
                "API/Clients/List",
                admin().add("PageSize", 7)
                        .add("Filter", Json.createObjectBuilder().add("EnterpriseId", SELENIUM_TESTS))
                        .build(),
                7);
        // Names compare lower-cased in code point order (collation "C"), whatever the database's collation.
        assertEquals(
                ids(
                        "select c.id::text from client c where exists (select 1 from client_enterprise ce"
                                + " where ce.client_id = c.id and ce.enterprise_id = ?::uuid)"
                                + " order by lower(c.last_name) collate \"C\", lower(c.first_name) collate \"C\", c.id",
                        SELENIUM_TESTS),
                byName.stream().map(i -> i.getString("Id")).toList(),
                "every client once, by last name then first name");
    }

    @Test
    void cisAreListedByFolder() throws Exception {
        List<JsonObject> laptops = all(
                "API/CI/List",
                admin().add("Filter", Json.createObjectBuilder().add("FolderId", LAPTOPS_FOLDER))
                        .add("PageSize", 7)
                        .build(),
                7);

        assertEquals(
                ids(
                        "select id::text from configuration_item where ci_folder_id = ?::uuid"
                                + " order by lower(english_name) collate \"C\", id",
                        LAPTOPS_FOLDER),
                laptops.stream().map(i -> i.getString("Id")).toList());
        assertTrue(laptops.size() > 7, "several pages of laptops: " + laptops.size());
        assertTrue(laptops.stream().allMatch(i -> i.getString("CIFolderId").equals(LAPTOPS_FOLDER)));

        List<JsonObject> byNumber = all(
                "API/CI/List",
                admin().add(
                                "Filter",
                                Json.createObjectBuilder().add("CIFolderId", "867a0cc0-a85a-4b80-bd69-d0cbb11d051b"))
                        .add("Sort", "CINumber")
                        .build(),
                50);
        JsonObject documented = byNumber.stream()
                .filter(i -> i.getString("Id").equals(CI_API))
                .findFirst()
                .orElseThrow();
        assertEquals("00000010", documented.getString("CINumber"));
        assertEquals("CI API", documented.getString("Name"));
        assertEquals("Inventory", documented.getString("CITypeName"), "admin's language is English");
        assertTrue(documented.getString("LastModifiedDateTime").matches("/Date\\(\\d+\\)/"));
    }

    // Helpers -----------------------------------------------------------------------------------------------------

    /** A new builder each time: building a JsonObjectBuilder empties it. */
    private static JsonObjectBuilder admin() {
        return Json.createObjectBuilder().add("username", "admin").add("password", "pax123");
    }

    /** The HR agent: in the Resources group, assigned to HR tickets in the demo. */
    private static JsonObjectBuilder agentHr() {
        return Json.createObjectBuilder().add("username", "agent.hr").add("password", "pax123");
    }

    private Answer list(String path, JsonObject request) throws Exception {
        return api().post(path, request.toString());
    }

    /** Every item of every page, following NextCursor; each page holds at most its PageSize items. */
    private List<JsonObject> all(String path, JsonObject request, int pageSize) throws Exception {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            JsonObjectBuilder call = Json.createObjectBuilder(request);
            if (cursor != null) {
                call.add("Cursor", cursor);
            }
            Answer answer = list(path, call.build());
            assertEquals(0, answer.status(), answer.message());
            JsonObject data = answer.data();
            assertEquals(pageSize, data.getInt("PageSize"));
            assertTrue(data.getJsonArray("Items").size() <= pageSize);
            items.addAll(data.getJsonArray("Items").getValuesAs(JsonObject.class));
            if (data.isNull("NextCursor")) {
                return items;
            }
            assertEquals(pageSize, data.getJsonArray("Items").size(), "only the last page is short");
            cursor = data.getString("NextCursor");
        }
        throw new AssertionError(path + " did not end within " + MAX_PAGES + " pages");
    }

    private List<String> listIds(JsonObjectBuilder credentials, JsonObjectBuilder filter) throws Exception {
        return all(
                        "API/Ticket/List",
                        credentials.add("Filter", filter).add("PageSize", 200).build(),
                        200)
                .stream()
                .map(i -> i.getString("Id"))
                .toList();
    }

    private String saveInQueue(String summary, String queueId, String assignee) throws Exception {
        JsonObjectBuilder viewModel = Json.createObjectBuilder()
                .add("EnterpriseId", SELENIUM_TESTS)
                .add("TicketTypeId", INCIDENT_TYPE)
                .add("Summary", summary)
                .add("QueueId", queueId);
        if (assignee != null) {
            viewModel.add(
                    "Assignees",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("Id", assignee)));
        }
        Answer saved = api().post(
                        "API/Ticket/Save",
                        admin().add("viewModel", viewModel).build().toString());
        assertEquals(0, saved.status(), saved.message());
        return saved.data().getString("Id");
    }

    private String saveWithoutQueue(String summary, String assignee) throws Exception {
        JsonObjectBuilder viewModel = Json.createObjectBuilder()
                .add("EnterpriseId", SELENIUM_TESTS)
                .add("TicketTypeId", INCIDENT_TYPE)
                .add("Summary", summary);
        if (assignee != null) {
            viewModel.add(
                    "Assignees",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("Id", assignee)));
        }
        Answer saved = api().post(
                        "API/Ticket/Save",
                        admin().add("viewModel", viewModel).build().toString());
        assertEquals(0, saved.status(), saved.message());
        assertTrue(saved.data().isNull("QueueId"));
        return saved.data().getString("Id");
    }

    private static JsonObject withoutAmounts(JsonObject ticket) {
        return Json.createObjectBuilder(ticket).remove("Cost").remove("Price").build();
    }

    private static boolean starts(JsonObject item, String field, String lowerPrefix) {
        return !item.isNull(field)
                && item.getString(field).toLowerCase(Locale.ROOT).startsWith(lowerPrefix);
    }

    /** A word no demo text holds. */
    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static long millis(String date) {
        return Long.parseLong(date.replaceAll("\\D", ""));
    }

    /** The first column of a query, straight from the suite's database. */
    private static List<String> ids(String sql, String... parameters) throws Exception {
        try (Connection db = connection();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static void execute(String sql, String... parameters) throws Exception {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(
                TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
    }

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }
}
