package org.c2desk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one datasource. Its URL, user and password come from MicroProfile Config, so the same EAR runs
 * on the embedded PostgreSQL of the quick start and on a production server by setting environment variables.
 * {@code stringtype=unspecified} lets PostgreSQL cast bound strings to uuid and jsonb columns;
 * {@code reWriteBatchedInserts} sends a JDBC batch of inserts as multi-row INSERTs (the CSV imports write in batches).
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/c2desk",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=c2desk.db.url}",
        user = "${MPCONFIG=c2desk.db.user}",
        password = "${MPCONFIG=c2desk.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"stringType=unspecified", "ApplicationName=c2desk", "reWriteBatchedInserts=true"})
public class DataSourceConfig {
}
