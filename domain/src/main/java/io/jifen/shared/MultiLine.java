package io.jifen.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that may span lines (a gift's description, a campaign's). Every other text field
 * refuses line breaks along with the other control characters, so ids, names and codes stay one
 * printable line in the database, the logs and the exports.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLine {
}
