package org.c2desk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one datasource. Its URL, user and password come from MicroProfile Config, so the same EAR runs
 * on the embedded PostgreSQL of the quick start and on a production server by setting environment variables.
 * {@code stringtype=unspecified} lets PostgreSQL cast bound strings to uuid and jsonb columns;
 * {@code reWriteBatchedInserts} sends a JDBC batch of inserts as multi-row INSERTs (the CSV imports write in batches).
 * The {@code fish.payara.*} properties are Payara's pool settings: a pooled connection is checked
 * ({@link java.sql.Connection#isValid}, at most every 10 seconds) before it is handed out, and when one is found dead
 * (PostgreSQL restarted, a fail-over) the whole pool is renewed, so the next calls get live connections instead of
 * failing one dead connection at a time. Every connection of the pool is opened with the same user and settings, so
 * the pool hands out any free one without comparing it with the request ({@code match-connections} off: that
 * comparison was a twentieth of a Ticket/Save's CPU).
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
        properties = {
            "stringType=unspecified",
            "ApplicationName=c2desk",
            "reWriteBatchedInserts=true",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.fail-all-connections=true",
            "fish.payara.match-connections=false"
        })
public class DataSourceConfig {}
