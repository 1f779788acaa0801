package org.c2desk.imports;

/**
 * What the writer of an import did with a chunk; {@code stopRequested}: a stop was asked for the run (the job should
 * stop now).
 */
public record ChunkOutcome(int inserted, int updated, int rejected, boolean stopRequested) {}
