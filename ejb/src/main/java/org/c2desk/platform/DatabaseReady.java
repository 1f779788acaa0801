package org.c2desk.platform;

import javax.sql.DataSource;

/**
 * Fired once at start-up, synchronously, when the schema is migrated and before anything else reads the database:
 * the business areas observe it to prepare what they need (in production, a first administrator). An observer that
 * throws stops the deployment with its message.
 */
public record DatabaseReady(AppConfig.Mode mode, DataSource dataSource) {}
