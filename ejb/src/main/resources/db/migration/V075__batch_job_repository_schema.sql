-- The schema of the Jakarta Batch job repository (issue 6): Payara's batch runtime keeps its job instances,
-- executions and checkpoints here (server-config/40-batch.asadmin: jdbc/c2deskBatch, --schemaname batch) and creates
-- its own tables in it at its first use; apart from the application's tables in "public".
create schema if not exists batch;
