package fr.reseau.ecoles.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a Json request body, read as a Json value ({@code Object}) so that a number, a
 * list or an object is refused rather than turned into text: a string of at most {@link #max()}
 * characters without control characters, not blank when {@link #required()}. The message is the
 * French answer of the HTTP 400 ({@link ApiInputErrors}).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = JsonTextValidator.class)
public @interface JsonText {

  String message();

  int max();

  boolean required() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
