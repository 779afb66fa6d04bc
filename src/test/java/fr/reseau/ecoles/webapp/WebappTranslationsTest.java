package fr.reseau.ecoles.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The French locale files of the webapps
 * (src/main/resources/META-INF/resources/webjars/camunda/app) against the English ones of the
 * Camunda webjar on the classpath: a key missing in French shows as its raw name on screen, so
 * every key must exist. Every app (Tasklist and the welcome page where the participants work,
 * Cockpit and Admin where coordinators and administrators do) must also be wholly in French: a
 * label still equal to the English one fails unless it reads the same in French. After a Camunda
 * upgrade, this test lists the new keys to translate.
 */
class WebappTranslationsTest {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  private static final Path OURS = Path.of("src/main/resources", WEBJAR);

  /**
   * Names, symbols and words that read the same in French (compared without surrounding spaces).
   */
  private static final Set<String> SAME_IN_FRENCH =
      Set.of(
          "Camunda",
          "Tasklist",
          "Cockpit",
          "Admin",
          "Description",
          "Type",
          "Date",
          "Documentation",
          "Applications",
          "Action",
          "Variables",
          "Groupes",
          "Filtres",
          "Long",
          "Double",
          "Total",
          "<",
          "<=",
          ">",
          ">=",
          "",
          // Cockpit and Admin
          "Camunda Cockpit",
          "Optimize",
          "OK",
          "Ok",
          "ID",
          "ID*",
          "CSV",
          "JSON",
          "Actions",
          "Active",
          "Annotation",
          "Application",
          "Configuration",
          "Exception",
          "Incident : ID",
          "Incidents",
          "Instance",
          "instance",
          "instances",
          "instances.",
          "Message",
          "Migration",
          "Notification",
          "Options",
          "Source",
          "Tenant",
          "Tenants",
          "Types",
          "Variable",
          "Version",
          // code rather than words: a plural ending, a date pattern, placeholders shown as such
          "s",
          "requestPayload",
          "YYYY-MM-DDTHH:mm:ss",
          "<version>",
          "Variable / {{variableName}}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
  void everyEnglishKeyHasAFrenchEntry(String app) throws IOException {
    JsonNode english = webjarEnglish(app);
    JsonNode french = json.readTree(OURS.resolve(app + "/locales/fr.json").toFile());
    List<String> missing = new ArrayList<>();
    english
        .get("labels")
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!french.get("labels").has(key)) {
                missing.add(key);
              }
            });
    assertThat(missing).as("keys of %s/locales/en.json missing in fr.json", app).isEmpty();
    if (english.has("dateLocales")) {
      assertThat(french.at("/dateLocales/months/0").asText()).isEqualTo("janvier");
    }
    assertThat(Files.readString(OURS.resolve(app + "/scripts/config.js")))
        .contains("fallbackLocale: 'fr'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
  void everyAppIsWhollyInFrench(String app) throws IOException {
    JsonNode english = webjarEnglish(app).get("labels");
    JsonNode french = json.readTree(OURS.resolve(app + "/locales/fr.json").toFile()).get("labels");
    List<String> untranslated = new ArrayList<>();
    english
        .fields()
        .forEachRemaining(
            entry -> {
              String value = french.path(entry.getKey()).asText();
              if (value.equals(entry.getValue().asText())
                  && !SAME_IN_FRENCH.contains(value.strip())) {
                untranslated.add(entry.getKey() + "=" + value);
              }
            });
    assertThat(untranslated).as("labels of %s still in English", app).isEmpty();
  }

  /**
   * Strings the webjar's templates write in English whatever the locale (a title, a placeholder, a
   * tooltip that is not a translation key): the shared shell script
   * (app/shared/scripts/shell-fr.js, loaded by every app) must put each one in French. After a
   * Camunda upgrade, this lists the new ones.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
  void everyHardCodedEnglishStringOfTheShellIsTranslated(String app) throws IOException {
    String bootstrap = webjarText(app + "/camunda-" + app + "-bootstrap.js");
    String shell = Files.readString(SHELL_SCRIPT);
    Matcher hardCoded = HARD_CODED.matcher(bootstrap);
    Set<String> untranslated = new TreeSet<>();
    while (hardCoded.find()) {
      String text = hardCoded.group(2);
      if (!shell.contains("['" + text + "', '")) {
        untranslated.add(hardCoded.group(1) + "=" + text);
      }
    }
    assertThat(untranslated).as("English strings of %s's templates", app).isEmpty();
    assertThat(Files.readString(OURS.resolve(app + "/scripts/config.js")))
        .as("%s loads the shell script", app)
        .contains("'../shared/scripts/shell-fr'");
  }

  /** The shell script's French: a string it translates is never left equal to the English one. */
  @Test
  void theShellScriptsTranslationsAreFrench() throws IOException {
    Matcher pair =
        Pattern.compile("\\['([^']+)', '([^']+)'\\]").matcher(Files.readString(SHELL_SCRIPT));
    int pairs = 0;
    while (pair.find()) {
      pairs++;
      assertThat(pair.group(2)).as("French of %s", pair.group(1)).isNotEqualTo(pair.group(1));
    }
    assertThat(pairs).isGreaterThan(10);
  }

  private static final Path SHELL_SCRIPT = OURS.resolve("shared/scripts/shell-fr.js");

  /**
   * A plain English attribute value in a template ({@code title="zoom in"}); not Camunda's {@code
   * cam-hoverable-title="definition-id"} (a CSS hook), nor interpolations ({@code {{ }}}).
   */
  private static final Pattern HARD_CODED =
      Pattern.compile(
          "(?<![-\\w])(title|aria-label|placeholder|uib-tooltip)=\\\\?\"([A-Za-z][^\"{\\\\]*)\\\\?\"");

  private String webjarText(String path) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + path)) {
      assertThat(in).as("the webjar's %s", path).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private JsonNode webjarEnglish(String app) throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(WEBJAR + app + "/locales/en.json")) {
      assertThat(in).as("the webjar's %s/locales/en.json", app).isNotNull();
      // The webjar's files start with a byte order mark.
      String text =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("\uFEFF", "");
      return json.readTree(text);
    }
  }
}
