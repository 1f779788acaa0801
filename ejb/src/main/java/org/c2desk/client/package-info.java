/**
 * Clients, the people tickets are opened for: their contact details, enterprises and access to the
 * self-service portal.
 */
package org.c2desk.client;
