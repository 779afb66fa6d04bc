package fr.reseau.ecoles.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request to the application's own endpoints that cannot even be read (a broken multipart form, a
 * body that is not the expected Json, a path parameter of the wrong type) is the caller's mistake:
 * 400 naming the part, in French, instead of Spring's 500.
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

  static ResponseEntity<Map<String, String>> badRequest(String field, String message) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", field, "message", "Champ « " + field + " » : " + message));
  }
}
