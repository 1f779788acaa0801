/** The console's resources (agents): their list, a resource's page and the administrators' create and edit form. */
package org.c2desk.web.console.resources;
