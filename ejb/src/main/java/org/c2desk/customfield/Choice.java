package org.c2desk.customfield;

import java.io.Serializable;
import org.c2desk.platform.LocalizedText;

/** One option a form offers for a field: the value it stores and the label a person reads. */
public record Choice(String value, LocalizedText label) implements Serializable {}
