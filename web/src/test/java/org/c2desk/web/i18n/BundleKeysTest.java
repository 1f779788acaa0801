package org.c2desk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles against each other and against the pages and the Java that read them: a key missing from one
 * language, or read but written nowhere, shows the key itself to a reader.
 */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/c2desk/web/i18n");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** The APIs answer in English with the refusal's own message: their code reads no bundle. */
    private static final Path APIS = Path.of("org/c2desk/web/api");

    /** Literals shaped like keys that are not messages: the name of a setting. */
    private static final Set<String> NOT_MESSAGES = Set.of("portal.welcome");

    /** {@code msg['key']}, {@code msg['prefix.'.concat(...)]}, {@code texts.get('key')}, {@code texts.format('key'}. */
    private static final Pattern PAGE_KEY =
            Pattern.compile("(?:msg\\[|texts\\.(?:get|format2?)\\()'([^']+)'(\\.concat\\()?");

    /** A Java string literal shaped like a key: dotted words, or a prefix ending with a dot. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> french = keys("messages_fr.properties");
        assertEquals(difference(english, french), Set.of(), "in English, not in French");
        assertEquals(difference(french, english), Set.of(), "in French, not in English");
    }

    @Test
    void everyKeyAPageReadsIsInTheBundle() throws IOException {
        Set<String> bundle = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        int read = 0;
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                read++;
                if (!known(bundle, m.group(1), m.group(2) != null)) {
                    missing.add(PAGES.relativize(page) + ": " + m.group(1));
                }
            }
        }
        assertTrue(read > 300, "the pattern finds the pages' keys (" + read + ")");
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyTheJavaReadsIsInTheBundle() throws IOException {
        Set<String> bundle = keys("messages.properties");
        // Only literals in the bundle's own namespaces: other dotted strings (class names, JSON paths) are not keys.
        Set<String> areas = bundle.stream()
                .filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Path source : files(JAVA, ".java")) {
            if (JAVA.relativize(source).startsWith(APIS)) {
                continue;
            }
            Matcher m = JAVA_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String literal = m.group(1);
                String area = literal.substring(0, literal.indexOf('.'));
                boolean prefix = literal.endsWith(".");
                if (areas.contains(area) && !NOT_MESSAGES.contains(literal) && !known(bundle, literal, prefix)) {
                    missing.add(JAVA.relativize(source) + ": " + literal);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noKeyIsNamedAfterAWorkIteration() throws IOException {
        assertFalse(
                keys("messages.properties").stream().anyMatch(k -> k.matches("console\\d.*")),
                "keys are named by business area");
    }

    private static boolean known(Set<String> bundle, String key, boolean prefix) {
        return prefix ? bundle.stream().anyMatch(k -> k.startsWith(key)) : bundle.contains(key);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
