/**
 * Who may do what: resources (IT staff) and their states, security groups with their members, permissions,
 * queues and visible enterprises, the e-mail templates groups use, and signing in.
 */
package org.c2desk.security;
