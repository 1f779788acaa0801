/**
 * The audit trail of every kind of object (tickets, clients, CIs, resources' tokens...): who changed what, when, from
 * which address and through which channel, with each field's value before and after. One table, keyed by kind and id.
 */
package org.c2desk.audit;
