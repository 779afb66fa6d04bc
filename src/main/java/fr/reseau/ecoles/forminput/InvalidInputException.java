package fr.reseau.ecoles.forminput;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A user's input that the server refuses: a missing field, an unknown value, a date outside the
 * allowed range, a wrong type. Carries the field name and a French message.
 *
 * <p>It extends Camunda's {@link RestException} on purpose: the engine lets exceptions of listeners
 * and delegates through unchanged, and every engine REST resource (start, submit-form, complete, in
 * {@code /engine-rest} and in the webapps' own API used by Tasklist) keeps the status of a
 * RestException, whereas it turns other engine exceptions into HTTP 500. The transaction is rolled
 * back, so the task stays open and nothing is stored.
 */
public class InvalidInputException extends RestException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(Status.BAD_REQUEST, "Champ « " + field + " » : " + message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
