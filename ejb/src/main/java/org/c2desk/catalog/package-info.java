/**
 * The service catalogue: catalogues, categories and services, the request forms clients ask for, and the
 * workflow of task templates each request starts.
 */
package org.c2desk.catalog;
