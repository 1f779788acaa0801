/**
 * The configuration management database: configuration items in folders, with their categories, types and
 * states, the clients and enterprises they serve, and the relations between them.
 */
package org.c2desk.cmdb;
