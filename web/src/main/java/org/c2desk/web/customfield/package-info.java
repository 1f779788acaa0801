/**
 * One way to show and fill custom fields in a page, whatever their owner (ticket, client, CI) and whatever the
 * area (console, portal): a typed input per field, and the page fragment WEB-INF/tags/custom-fields.xhtml.
 */
package org.c2desk.web.customfield;
