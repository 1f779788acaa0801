/**
 * CSV imports: import runs and their stored files, the mapping and checking of one CSV record of the client
 * template, the chunk writer the batch job calls, the templates and the rejection report. The batch job itself
 * (reader, processor, writer artifacts and job XML) lives in the batch module.
 */
package org.c2desk.imports;
