package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Lists and records as Json process variables, the type Camunda Forms tables and lists read. */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariables() {}

  public static TypedValue of(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
