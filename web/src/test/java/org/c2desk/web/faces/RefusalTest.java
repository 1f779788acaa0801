package org.c2desk.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void aBusinessRefusalNamesItsFieldInTheReadersLanguage() {
        ValidationException refused = new ValidationException("Summary", "error.required", "Summary is required");
        assertEquals(
                new Refusal("Summary", "error.required", "A value is required."),
                Refusal.of(refused, Locale.ENGLISH).orElseThrow());
        assertEquals(
                "Une valeur est requise.",
                Refusal.of(refused, Locale.FRENCH).orElseThrow().text());
    }

    @Test
    void aRefusalWithoutAFieldOrATranslationKeepsItsOwnMessage() {
        BusinessException refused = new BusinessException("error.noSuchKey", "Nothing to do");
        assertEquals(
                new Refusal(null, "error.noSuchKey", "Nothing to do"),
                Refusal.of(refused, Locale.ENGLISH).orElseThrow());
    }

    @Test
    void aBeanValidationRefusalNamesTheLastNodeOfItsPathAndSaysWhatTheSameBusinessRuleSays() {
        ConstraintViolationException tooLong = violations(
                violation("update.command.summary", Size.class, Map.of("max", 5), "too long text", "size must be..."));
        Refusal refusal = Refusal.of(tooLong, Locale.ENGLISH).orElseThrow();
        assertEquals(new Refusal("summary", "error.tooLong", "Too long."), refusal);

        ConstraintViolationException blank =
                violations(violation("create.command.firstName", NotBlank.class, Map.of(), "", "must not be blank"));
        assertEquals(
                new Refusal("firstName", "error.required", "Une valeur est requise."),
                Refusal.of(blank, Locale.FRENCH).orElseThrow());
    }

    @Test
    void aConstraintWhoseTemplateNamesAKeyOfTheBundleSaysThatKeysText() {
        ConstraintViolationException outOfList = violations(
                violation("save.command.culture", Pattern.class, Map.of(), "xx", "{error.notAnId}", "wrong"));
        assertEquals(
                new Refusal("culture", "error.notAnId", "Ce choix n’est pas valide."),
                Refusal.of(outOfList, Locale.FRENCH).orElseThrow());
    }

    @Test
    void theContainersWrappingIsSeenThrough() {
        ConstraintViolationException blank =
                violations(violation("create.command.lastName", NotBlank.class, Map.of(), null, "must not be blank"));
        assertEquals(
                "lastName",
                Refusal.of(new EJBException(blank), Locale.ENGLISH)
                        .orElseThrow()
                        .field());
    }

    @Test
    void aRuleTheBundleDoesNotNameKeepsTheViolationsMessageAndTheFirstFieldByPathIsShown() {
        ConstraintViolationException two = violations(
                violation("save.command.tags", Pattern.class, Map.of(), "#", "must match \"[a-z]*\""),
                violation("save.command.city", Pattern.class, Map.of(), "#", "must match \"[A-Z]*\""));
        assertEquals(
                new Refusal("city", null, "must match \"[A-Z]*\""),
                Refusal.of(two, Locale.ENGLISH).orElseThrow());
    }

    @Test
    void anythingElseIsNoRefusal() {
        assertTrue(Refusal.of(new IllegalStateException("bug"), Locale.ENGLISH).isEmpty());
        assertTrue(Refusal.of(new EJBException(new NullPointerException()), Locale.ENGLISH)
                .isEmpty());
    }

    private static ConstraintViolationException violations(ConstraintViolation<?>... violations) {
        return new ConstraintViolationException(Set.of(violations));
    }

    /** A violation as the validator reports it, with only what a refusal reads. */
    private static ConstraintViolation<?> violation(
            String path,
            Class<? extends Annotation> rule,
            Map<String, Object> attributes,
            Object value,
            String message) {
        return violation(
                path,
                rule,
                attributes,
                value,
                "{jakarta.validation.constraints." + rule.getSimpleName() + ".message}",
                message);
    }

    private static ConstraintViolation<?> violation(
            String path,
            Class<? extends Annotation> rule,
            Map<String, Object> attributes,
            Object value,
            String template,
            String message) {
        Annotation annotation = (Annotation) Proxy.newProxyInstance(
                rule.getClassLoader(),
                new Class<?>[] {rule},
                (proxy, method, args) -> "annotationType".equals(method.getName()) ? rule : null);
        ConstraintDescriptor<?> descriptor = (ConstraintDescriptor<?>) Proxy.newProxyInstance(
                ConstraintDescriptor.class.getClassLoader(),
                new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAnnotation" -> annotation;
                    case "getAttributes" -> attributes;
                    default -> null;
                });
        Path propertyPath = new NodePath(path);
        return (ConstraintViolation<?>) Proxy.newProxyInstance(
                ConstraintViolation.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> propertyPath;
                    case "getConstraintDescriptor" -> descriptor;
                    case "getInvalidValue" -> value;
                    case "getMessage" -> message;
                    case "getMessageTemplate" -> template;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> path;
                    default -> null;
                });
    }

    /** A property path of named nodes ({@code method.parameter.property}). */
    private record NodePath(String path) implements Path {

        @Override
        public java.util.Iterator<Node> iterator() {
            return List.of(path.split("\\.")).stream()
                    .map(name -> (Node) Proxy.newProxyInstance(
                            Node.class.getClassLoader(),
                            new Class<?>[] {Node.class},
                            (proxy, method, args) -> "getName".equals(method.getName()) ? name : null))
                    .iterator();
        }

        @Override
        public String toString() {
            return path;
        }
    }
}
