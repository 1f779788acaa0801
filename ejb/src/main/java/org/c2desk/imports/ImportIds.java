package org.c2desk.imports;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Ids of the rows an import creates (clients, CIs, their field values, their audit entries): time-ordered UUIDs
 * (version 7, RFC 9562: the millisecond first, then random bits). Random ids (version 4) land anywhere in the primary
 * key's B-tree and in every index that leads with the id (client_enterprise, audit_entry by object, field_value by
 * owner): once a table outgrows PostgreSQL's buffer cache, each row reads and dirties another page, and an import got
 * slower as the table grew. Time-ordered ids go to the right edge of those indexes, where the pages are already in
 * memory. They stay unique across servers (74 random bits per millisecond) and say nothing but when a row was made.
 */
final class ImportIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private ImportIds() {}

    static UUID next() {
        return GENERATOR.generate();
    }
}
