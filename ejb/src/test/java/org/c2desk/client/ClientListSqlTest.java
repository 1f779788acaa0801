package org.c2desk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;
import org.junit.jupiter.api.Test;

/** The client list shows what {@link ClientService#find} would: the same rule, in SQL. */
class ClientListSqlTest {

    private static final UUID ENTERPRISE = UUID.fromString("72000000-0000-4000-8000-000000000002");

    private static Caller caller(boolean administrator, Set<UUID> enterprises) {
        return new Caller(
                UUID.randomUUID(), "agent", "Agent", Culture.EN_US, administrator, Set.of(), Set.of(), enterprises);
    }

    @Test
    void unrestrictedCallersSeeEveryClient() {
        for (Caller caller : new Caller[] {caller(true, Set.of(ENTERPRISE)), caller(false, Set.of())}) {
            Sql sql = new Sql("where true");
            ClientQueries.visibleTo(caller, sql);
            assertEquals("where true", sql.toString());
        }
    }

    @Test
    void restrictedCallersSeeTheClientsOfTheirEnterprises() {
        Sql sql = new Sql("where true");
        ClientQueries.visibleTo(caller(false, Set.of(ENTERPRISE)), sql);
        assertEquals(
                "where true and exists (select 1 from client_enterprise ve where ve.client_id = c.id"
                        + " and ve.enterprise_id = any(cast(?1 as uuid[])))",
                sql.toString());
    }

    @Test
    void theTextIsAPrefixOfTheNameEmailOrUserNameEachABranch() {
        List<Keyset.Branch> byName = ClientQueries.branches(
                caller(true, Set.of()), new ClientFilter(null, " Davol ", true, null), ClientSort.LAST_NAME);
        List<String> branches = byName.stream()
                .map(branch -> {
                    Sql sql = new Sql("where true");
                    branch.conditions().accept(sql);
                    return sql.toString();
                })
                .toList();
        assertEquals(
                List.of(
                        "where true and c.is_active = ?1 and lower(c.last_name) collate \"C\" like ?2",
                        "where true and c.is_active = ?1 and lower(c.first_name || ' ' || c.last_name) like ?2",
                        "where true and c.is_active = ?1 and lower(c.email_address) like ?2",
                        "where true and c.is_active = ?1 and lower(c.user_name) like ?2"),
                branches);
        assertEquals(
                List.of(false, true, true, true),
                byName.stream().map(Keyset.Branch::filterFirst).toList(),
                "the last name's beginning is a range of the LastName sort's index; the others are read filter first");
        assertTrue(
                ClientQueries.branches(
                                caller(true, Set.of()),
                                new ClientFilter(null, "x", null, null),
                                ClientSort.LAST_MODIFIED_ON)
                        .stream()
                        .allMatch(Keyset.Branch::filterFirst));
        assertEquals(
                1,
                ClientQueries.branches(caller(true, Set.of()), ClientFilter.all(), ClientSort.LAST_NAME)
                        .size());
    }

    @Test
    void aBlankTextIsNoFilter() {
        assertEquals(null, new ClientFilter(null, "  ", null, null).text());
    }
}
