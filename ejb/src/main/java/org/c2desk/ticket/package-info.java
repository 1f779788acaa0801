/**
 * Tickets and their life cycle: types, statuses and allowed transitions, queues, clients and assignees,
 * communications, attachments and the field-by-field history.
 */
package org.c2desk.ticket;
