package org.c2desk.ticket;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link TicketChanged} fired on this server by the write itself, inside its transaction. The qualifier keeps
 * its observer apart from the copies the cluster bus fires ({@code @Outbound}, {@code @Inbound}): an observer with
 * no qualifier would see those too, and relay its own relays.
 */
@Qualifier @Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Written {}
