package org.c2desk.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Business numbers (ticket, client, CI, resource, enterprise numbers) from PostgreSQL sequences: unique under any
 * concurrency and across every server instance of a cluster, and never rolled back (gaps are normal).
 */
@Stateless
public class SequenceNumbers {

    /** The sequences the schema defines, one per kind of number. */
    public enum Kind {
        TICKET("ticket_number_seq"),
        CLIENT("client_number_seq"),
        RESOURCE("resource_number_seq"),
        CI("ci_number_seq"),
        ENTERPRISE("enterprise_number_seq"),
        OBJECT("object_number_seq");

        private final String sequence;

        Kind(String sequence) {
            this.sequence = sequence;
        }
    }

    @PersistenceContext
    private EntityManager em;

    public long next(Kind kind) {
        // The sequence name comes from the enum above, never from input.
        Number value = (Number) em.createNativeQuery("select nextval('" + kind.sequence + "')").getSingleResult();
        return value.longValue();
    }

    /** The C2 API shows numbers as eight digits ("00000599"). */
    public static String format(long number) {
        return String.format("%08d", number);
    }
}
