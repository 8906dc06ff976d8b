package io.jifen.api.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A customer id as core banking issues them: 1-64 letters, digits, '-' or '_'. */
@NotNull
@Pattern(regexp = ApiFormats.CUSTOMER_ID)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidCustomerId {
    String message() default "must be 1-64 letters, digits, '-' or '_'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
