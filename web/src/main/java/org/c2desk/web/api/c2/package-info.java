/**
 * The C2 product's documented JSON API under {@code /API}: same paths, bodies, envelope and field names, so existing
 * integrations keep working. Only the edge lives here (reading requests, writing the envelope); the business rules
 * are the ejb module's services.
 */
package org.c2desk.web.api.c2;
