package org.c2desk.cmdb;

/**
 * How many clients, enterprises and tickets a configuration item is linked to (the C2 API's CIClientsCount,
 * CIEnterprisesCount and CITicketsCount), counted by the database rather than by loading the collections.
 */
public record CiCounts(long clients, long enterprises, long tickets) {}
