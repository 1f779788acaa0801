/**
 * Custom fields shared by tickets, clients and CIs: definitions and lists of choices, the sections, rows and
 * cells that lay them out on forms, and the typed values entered on each object.
 */
package org.c2desk.customfield;
