package fr.reseau.ecoles.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link JsonText}. */
public class JsonTextValidator implements ConstraintValidator<JsonText, Object> {

  private int max;
  private boolean required;

  @Override
  public void initialize(JsonText constraint) {
    this.max = constraint.max();
    this.required = constraint.required();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return !required;
    }
    return value instanceof String text
        && !(required && text.isBlank())
        && text.length() <= max
        && text.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
