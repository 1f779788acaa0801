/**
 * What every business area stands on: configuration keys, schema migrations and start-up, business numbers,
 * the business exception tree and the small value types (bilingual texts, audit stamps) shared by the entities.
 */
package org.c2desk.platform;
