/**
 * The companies the desk serves and their departments: clients, resources, tickets and CIs belong to an
 * enterprise, and departments filter the service catalogue.
 */
package org.c2desk.enterprise;
