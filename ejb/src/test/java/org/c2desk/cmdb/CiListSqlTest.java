package org.c2desk.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;
import org.junit.jupiter.api.Test;

/** The CI list shows what {@link CiService#find} would: the same rule, in SQL. */
class CiListSqlTest {

    private static final UUID ENTERPRISE = UUID.fromString("72000000-0000-4000-8000-000000000002");
    private static final UUID FOLDER = UUID.fromString("7b000000-0000-4000-8000-000000000001");

    private static Caller caller(boolean administrator, Set<UUID> enterprises) {
        return new Caller(
                UUID.randomUUID(), "agent", "Agent", Culture.EN_US, administrator, Set.of(), Set.of(), enterprises);
    }

    @Test
    void unrestrictedCallersSeeEveryCi() {
        for (Caller caller : new Caller[] {caller(true, Set.of(ENTERPRISE)), caller(false, Set.of())}) {
            Sql sql = new Sql("where true");
            CiQueries.visibleTo(caller, sql);
            assertEquals("where true", sql.toString());
        }
    }

    @Test
    void restrictedCallersSeeCisOfNoEnterpriseOrOfTheirs() {
        Sql sql = new Sql("where true");
        CiQueries.visibleTo(caller(false, Set.of(ENTERPRISE)), sql);
        assertEquals(
                "where true and (not exists (select 1 from ci_enterprise ve where ve.ci_id = ci.id)"
                        + " or exists (select 1 from ci_enterprise ve where ve.ci_id = ci.id"
                        + " and ve.enterprise_id = any(cast(?1 as uuid[]))))",
                sql.toString());
    }

    @Test
    void eachFilterIsOneBoundConditionAndTheTextABranchPerName() {
        List<Keyset.Branch> byName = CiQueries.branches(
                caller(true, Set.of()), new CiFilter(FOLDER, null, null, null, null, "srv", false, null), CiSort.NAME);
        List<String> branches = byName.stream()
                .map(branch -> {
                    Sql sql = new Sql("where true");
                    branch.conditions().accept(sql);
                    return sql.toString();
                })
                .toList();
        assertEquals(
                List.of(
                        "where true and ci.ci_folder_id = ?1 and ci.is_active = ?2 and lower(ci.english_name) collate \"C\" like ?3",
                        "where true and ci.ci_folder_id = ?1 and ci.is_active = ?2 and lower(ci.french_name) like ?3"),
                branches);
        assertEquals(
                List.of(false, true),
                byName.stream().map(Keyset.Branch::filterFirst).toList());
    }

    @Test
    void aBlankTextIsNoFilter() {
        assertEquals(null, new CiFilter(null, null, null, null, null, "  ", null, null).text());
    }
}
