package org.c2desk.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;

/**
 * What a Bean Validation refusal of a service's command says, for an API to answer: the command's component it names
 * ({@code summary}), which each API turns into its own name, and the rule's message ({@code at most 500 characters}).
 */
public record Violation(String component, String message) {

    /** The first violation by path, so the same field is named whatever order the validator found them in. */
    public static Violation of(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
                .orElse(null);
        if (first == null) {
            return new Violation(null, e.getMessage());
        }
        String component = null;
        for (Path.Node node : first.getPropertyPath()) {
            component = node.getName();
        }
        return new Violation(component, first.getMessage());
    }
}
