package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.web.BufferedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Json body sent to the engine's REST doors must be a Json object. Camunda's resources read a
 * body that is literally {@code null} as no request at all and fail with HTTP 500; here it is a 400
 * naming what is missing. Bodies above {@link #MAX_BYTES} are refused with 413 before being read.
 */
public class JsonBodyGuard extends OncePerRequestFilter {

  /** Far above any form: a questionnaire is at most a few hundred kilobytes. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    String type = request.getContentType();
    return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
        || type == null
        || !type.toLowerCase().contains("json");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "le corps de la requête dépasse 5 Mo.");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "le corps de la requête dépasse 5 Mo.");
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty() || text.equals("null")) {
      refuse(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "le corps de la requête doit être un objet JSON, "
              + "par exemple {\"variables\": {…}}, reçu « "
              + (text.isEmpty() ? "" : "null")
              + " ».");
      return;
    }
    String refusal = variablesRefusal(text);
    if (refusal != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}T.*");

  /**
   * Each entry of {@code variables} / {@code modifications} must be a variable object; Camunda's
   * REST layer fails with 500 on {@code "name": null} and on a {@code Date} it cannot convert. The
   * message names the variable; null when the body is fine or not Json at all (Camunda answers that
   * one with 400 itself).
   */
  static String variablesRefusal(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    for (String container :
        List.of("variables", "modifications", "processVariables", "localVariables")) {
      JsonNode variables = root.get(container);
      if (variables == null || !variables.isObject()) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        String name = FormContract.abbreviate(entry.getKey());
        JsonNode variable = entry.getValue();
        if (!variable.isObject()) {
          return named(
              name,
              "une variable s'écrit {\"value\": …, \"type\": …}, reçu « "
                  + FormContract.abbreviate(variable.toString())
                  + " ».");
        }
        JsonNode type = variable.get("type");
        JsonNode value = variable.get("value");
        if (type != null
            && "date".equalsIgnoreCase(type.asText())
            && value != null
            && !value.isNull()) {
          Matcher m = DATE_VALUE.matcher(value.asText());
          int year = m.matches() ? Integer.parseInt(m.group(1)) : -1;
          if (year < FormContract.FIRST_YEAR || year > FormContract.LAST_YEAR) {
            return named(
                name,
                "date invalide ou hors de la période acceptée ("
                    + FormContract.FIRST_YEAR
                    + "–"
                    + FormContract.LAST_YEAR
                    + ", format AAAA-MM-JJTHH:mm:ss.SSSZ).");
          }
        }
      }
    }
    return null;
  }

  private static String named(String name, String message) {
    return "\u0000" + name + "\u0000" + message;
  }

  /**
   * A message for the field {@code variables}, or for a variable when it is NUL, name, NUL,
   * message.
   */
  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    String field = "variables";
    if (message.startsWith("\u0000")) {
      int end = message.indexOf('\u0000', 1);
      field = message.substring(1, end);
      message = message.substring(end + 1);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("type", "InvalidRequestException");
    answer.put("field", field);
    answer.put("message", "Champ « " + field + " » : " + message);
    response.getWriter().write(JSON.writeValueAsString(answer));
  }
}
