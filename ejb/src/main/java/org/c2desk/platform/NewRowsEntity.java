package org.c2desk.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity {@link NewRows} may write. NewRows skips the persistence context, so start-up refuses such an entity when
 * it has a lifecycle callback or listener ({@link NewRowsCheck}), and NewRows refuses an entity without this mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NewRowsEntity {}
