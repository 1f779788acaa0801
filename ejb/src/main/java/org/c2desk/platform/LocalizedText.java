package org.c2desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept in both languages of the product (the C2 API's EnglishName/FrenchName pairs). Map it with
 * {@code @AttributeOverride} when the columns are not english_name/french_name (descriptions, messages).
 */
@Embeddable
public class LocalizedText implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "english_name", nullable = false)
    private String english;

    @Column(name = "french_name", nullable = false)
    private String french;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String english, String french) {
        this.english = Objects.requireNonNull(english, "english");
        this.french = Objects.requireNonNull(french, "french");
    }

    public static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }

    /** The text in the language of {@code locale}: French for any French locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? french : english;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && english.equals(other.english) && french.equals(other.french);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, french);
    }

    @Override
    public String toString() {
        return english;
    }
}
