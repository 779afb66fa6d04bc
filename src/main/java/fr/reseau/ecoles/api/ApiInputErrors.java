package fr.reseau.ecoles.api;

import java.util.Comparator;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request to the application's own endpoints that cannot even be read (a broken multipart form, a
 * body that is not the expected Json, a path parameter of the wrong type) or that breaks the Bean
 * Validation constraints of its parameters and body records ({@code @Valid}, whose messages are
 * French) is the caller's mistake: 400 naming the part, in French, instead of Spring's 500 or its
 * English default answer.
 */
@RestControllerAdvice
public class ApiInputErrors {

  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<Map<String, String>> multipart(MultipartException e) {
    return badRequest(
        "file",
        "le formulaire envoyé (multipart/form-data) est mal formé ; envoyez le fichier CSV "
            + "dans le champ « file » du formulaire.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return badRequest("body", "le corps de la requête n'est pas un objet JSON valide.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(e.getName(), "valeur invalide dans l'adresse.");
  }

  /** A request body that breaks its record's constraints ({@code @Valid}): the first field. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<Map<String, String>> invalidBody(MethodArgumentNotValidException e) {
    FieldError error = e.getBindingResult().getFieldError();
    return error == null
        ? badRequest("body", "le corps de la requête est invalide.")
        : badRequest(error.getField(), error.getDefaultMessage());
  }

  /**
   * A path or query parameter, or a request body, that breaks its constraints (Spring's method
   * validation, when a parameter carries one): the first parameter in the method's order, the first
   * field of a body.
   */
  @ExceptionHandler(HandlerMethodValidationException.class)
  public ResponseEntity<Map<String, String>> invalidParameter(HandlerMethodValidationException e) {
    return e.getParameterValidationResults().stream()
        .min(Comparator.comparingInt(r -> r.getMethodParameter().getParameterIndex()))
        .map(ApiInputErrors::firstError)
        .orElseGet(() -> badRequest("body", "la requête est invalide."));
  }

  private static ResponseEntity<Map<String, String>> firstError(ParameterValidationResult result) {
    if (result instanceof ParameterErrors errors && errors.getFieldError() != null) {
      FieldError field = errors.getFieldError();
      return badRequest(field.getField(), field.getDefaultMessage());
    }
    String message =
        result.getResolvableErrors().isEmpty()
            ? "valeur invalide."
            : result.getResolvableErrors().get(0).getDefaultMessage();
    return badRequest(result.getMethodParameter().getParameterName(), message);
  }

  static ResponseEntity<Map<String, String>> badRequest(String field, String message) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", field, "message", "Champ « " + field + " » : " + message));
  }
}
