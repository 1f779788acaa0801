package org.c2desk.web.faces;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ValidationException;
import org.c2desk.web.i18n.Messages;

/**
 * A refusal read from what a service threw, in the reader's language: the field it names (null when it names none),
 * its message key (null when it has none) and its text. A business refusal names its field itself; a Bean Validation refusal of a command
 * names it by the last node of its property path, and its text is the bundle's for the same rule
 * ({@code error.required}, {@code error.tooLong}...), so a page says the same thing whichever check refused.
 */
public record Refusal(String field, String messageKey, String text) {

    /** The refusal {@code thrown} carries (unwrapped from the EJB container's exceptions), if it carries one. */
    public static Optional<Refusal> of(Throwable thrown, Locale locale) {
        Throwable e = thrown;
        while (e instanceof EJBException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof ValidationException invalid) {
            return Optional.of(new Refusal(invalid.field(), invalid.messageKey(), Messages.refusal(locale, invalid)));
        }
        if (e instanceof BusinessException refused) {
            return Optional.of(new Refusal(null, refused.messageKey(), Messages.refusal(locale, refused)));
        }
        if (e instanceof ConstraintViolationException violations
                && !violations.getConstraintViolations().isEmpty()) {
            // The first by path, so that the same input is refused whatever order the validator found them in.
            ConstraintViolation<?> first = violations.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
                    .orElseThrow();
            String key = keyOf(first);
            // Read as a pattern, as business refusals' texts are (the French bundle doubles its apostrophes).
            String text = key == null
                    ? first.getMessage()
                    : new MessageFormat(Messages.text(locale, key), locale).format(new Object[0]);
            return Optional.of(new Refusal(lastNode(first.getPropertyPath()), key, text));
        }
        return Optional.empty();
    }

    /**
     * The bundle's key for a violated constraint: its own template when that names one of the bundle's keys, else
     * the key of the same rule's business refusal; null when the bundle has none (the violation's own message then).
     */
    private static String keyOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (!key.equals(Messages.text(Locale.ENGLISH, key))) {
                return key;
            }
        }
        String rule = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (rule) {
            case "NotNull", "NotBlank", "NotEmpty" -> "error.required";
            case "Size" -> longerThanAllowed(violation) ? "error.tooLong" : null;
            case "Email" -> "error.invalidEmail";
            default -> null;
        };
    }

    private static boolean longerThanAllowed(ConstraintViolation<?> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        Object value = violation.getInvalidValue();
        int length = value instanceof CharSequence text
                ? text.length()
                : value instanceof Collection<?> items ? items.size() : -1;
        return max instanceof Integer limit && length > limit;
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
