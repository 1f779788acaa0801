/**
 * Jakarta Batch jobs (today the CSV imports of clients and CIs): readers, processors and writers by business area,
 * and the facade EJBs that start, stop and query them. Job XML lives in META-INF/batch-jobs of this module.
 */
package org.c2desk.batch;
