/**
 * Command-line tools of the run script (server-config/run.sh): the embedded PostgreSQL of the quick
 * start and the check that the production PostgreSQL can be reached before the server starts.
 */
package org.c2desk.serverconfig;
