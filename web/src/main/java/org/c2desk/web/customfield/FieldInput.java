package org.c2desk.web.customfield;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.c2desk.customfield.Choice;
import org.c2desk.customfield.FieldType;
import org.c2desk.customfield.FieldView;

/**
 * One custom field of a form being filled in: its label and rules, a value holder of the right Java type for the
 * input component that shows it, and the message the business rules gave it. {@link #raw()} turns the value into
 * the text the custom-field service reads.
 */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID definitionId;
    private final FieldType type;
    private final String englishName;
    private final String frenchName;
    private final boolean required;
    private final boolean readOnly;
    private final int decimalPlaces;
    private final Integer maxLength;
    private final List<Choice> choices;
    private final ZoneId zone;

    private String text;
    private BigDecimal number;
    private Boolean checked;
    private LocalDateTime dateTime;
    private LocalDate date;
    private String error;

    public FieldInput(FieldView view, int decimalPlaces, List<Choice> choices, ZoneId zone) {
        this.definitionId = view.definitionId();
        this.type = FieldType.ofCode(view.definitionType());
        this.englishName = view.englishName();
        this.frenchName = view.frenchName();
        this.required = view.required();
        this.readOnly = view.readOnly();
        this.decimalPlaces = decimalPlaces;
        this.maxLength = view.maxLength();
        this.choices = List.copyOf(choices);
        this.zone = zone;
        this.checked = type == FieldType.CHECKBOX ? "True".equalsIgnoreCase(view.value()) : null;
        load(view.value());
    }

    private void load(String value) {
        if (value == null || type == FieldType.CHECKBOX) {
            return;
        }
        switch (type) {
            case DECIMAL, INTEGER -> number = new BigDecimal(value);
            case DATETIME ->
                dateTime = OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDateTime();
            case DATE -> date = LocalDate.parse(value);
            default -> text = value;
        }
    }

    /** The value as the custom-field service reads it (ISO-8601 dates, "true"/"false", plain decimals), or null. */
    public String raw() {
        return switch (type) {
            case CHECKBOX -> Boolean.TRUE.equals(checked) ? "true" : "false";
            case DECIMAL, INTEGER -> number == null ? null : number.toPlainString();
            case DATETIME ->
                dateTime == null
                        ? null
                        : dateTime.atZone(zone).toOffsetDateTime().toString();
            case DATE -> date == null ? null : date.toString();
            default -> text == null || text.isBlank() ? null : text;
        };
    }

    /** Does a refusal naming {@code field} concern this input? The services name a field by its English name. */
    public boolean isNamed(String field) {
        return englishName.equals(field) || definitionId.toString().equals(field);
    }

    public String label(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? frenchName : englishName;
    }

    /** The component family a page uses for this field (text, multiline, number, checkbox, datetime, date, choice). */
    public String getKind() {
        return switch (type) {
            case TEXT -> "text";
            case MULTILINE_TEXT -> "multiline";
            case DECIMAL, INTEGER -> "number";
            case CHECKBOX -> "checkbox";
            case DATETIME -> "datetime";
            case DATE -> "date";
            case LIST, CLIENT, RESOURCE -> "choice";
        };
    }

    public UUID getDefinitionId() {
        return definitionId;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public int getDecimalPlaces() {
        return decimalPlaces;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public Boolean getChecked() {
        return checked;
    }

    public void setChecked(Boolean checked) {
        this.checked = checked;
    }

    public LocalDateTime getDateTime() {
        return dateTime;
    }

    public void setDateTime(LocalDateTime dateTime) {
        this.dateTime = dateTime;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
