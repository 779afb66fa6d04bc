package fr.reseau.ecoles.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.variables.CommonVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java code names a process variable through its {@code *Variables} constant, never with a string
 * literal: a literal equal to a declared variable name, anywhere in {@code src/main/java} or {@code
 * src/test/java} outside the {@code *Variables} classes, fails unless allowed below with its
 * reason.
 */
class VariableLiteralsTest {

  /** A literal that equals a variable name but names something else. */
  record Allowed(String file, String literal, String reason) {}

  static final List<Allowed> ALLOWED =
      List.of(
          new Allowed(
              "retention/ActivityPurge.java",
              "eventId",
              "the JPA attribute of EventRegistration and EventFeedback the purge deletes by"),
          new Allowed(
              "invitation/EventMessages.java",
              "refusalReason",
              "a key of the mission order answer's mail template"),
          new Allowed("practice/PracticeFilter.java", "theme", "a query parameter of the map page"),
          new Allowed("showcase/OaiDcWriter.java", "title", "a Dublin Core element name"),
          new Allowed("showcase/ScolomfrWriter.java", "title", "a LOM element name"),
          new Allowed(
              "showcase/ScolomfrVocabulary.java", "teacher", "a LOM intendedEndUserRole value"),
          new Allowed(
              "showcase/ScolomfrRecordTest.java", "teacher", "a LOM intendedEndUserRole value"),
          new Allowed("showcase/ShowcaseCatalog.java", "theme", "a query parameter of /vitrine"),
          new Allowed("showcase/ShowcaseViews.java", "theme", "a query parameter of /vitrine"),
          new Allowed(
              "showcase/ShowcaseViews.java", "resources", "a key of the production page's model"),
          new Allowed(
              "academic/AcademicGroupService.java", "theme", "the field of a group's REST body"),
          new Allowed(
              "academic/AcademicGroupService.java",
              "title",
              "the field of a national representative's REST body"),
          new Allowed(
              "acceptance/PracticesMapInBrowserIT.java", "theme", "the map page's select id"),
          new Allowed(
              "access/MemberRole.java", "documentalistes", "the Camunda group id of the role"),
          new Allowed("network/ReservedIds.java", "documentalistes", "a group id no user may take"),
          new Allowed(
              "roster/RosterVocabulary.java", "documentaliste", "a role word of the roster CSV"),
          new Allowed("volunteering/VolunteerRole.java", "visitor", "a code of the form's options"),
          new Allowed("volunteering/VolunteerRole.java", "host", "a code of the form's options"),
          new Allowed(
              "review/YearIndicators.java", "ppcrPlanned", "the key of a row of the key figures"),
          new Allowed(
              "network/NetworkController.java", "networkId", "the field of a REST body or path"),
          new Allowed(
              "practice/PracticeInput.java",
              "title",
              "the field of a practice's REST body and form"),
          new Allowed(
              "practice/PracticeInput.java",
              "publicServed",
              "the field of a practice's REST body and form"),
          new Allowed(
              "retention/PurgeQueries.java", "visitId", "a JPA attribute of the purged entities"),
          new Allowed(
              "retention/PersonalContentPurgeService.java",
              "campaignId",
              "a JPA attribute of the purged entities"),
          new Allowed(
              "retention/PersonalContentPurgeService.java",
              "reviewId",
              "a JPA attribute of the purged entities"),
          new Allowed(
              "retention/WorkshopDayPurge.java",
              "workshopDayId",
              "a JPA attribute of the purged entities"),
          new Allowed(
              "review/YearPages.java", "needs", "the name of a model attribute of the year page"),
          new Allowed(
              "workshop/WorkshopDayService.java",
              "expectations",
              "a briefing-topic code of brief-participants.form (cdi-tour's variable shares it)"),
          briefingTopic("workshop/WorkshopDayPeople.java"),
          briefingTopic("workshop/WorkshopDayProcessTest.java"),
          briefingTopic("workshop/WorkshopDayServiceTest.java"),
          briefingTopic("acceptance/WorkshopDayInBrowserIT.java"),
          new Allowed(
              "workshop/WorkshopDay.java",
              "networkId",
              "the field named by a null check's message"),
          new Allowed(
              "workshop/WorkshopDay.java", "title", "the field named by a null check's message"),
          new Allowed(
              "workshop/WorkshopDay.java", "dayDate", "the field named by a null check's message"),
          new Allowed(
              "workshop/WorkshopDay.java",
              "schoolYear",
              "the field named by a null check's message"),
          new Allowed(
              "workshop/WorkshopDay.java",
              "concernSource",
              "the field named by a null check's message"),
          new Allowed(
              "workshop/WorkshopDayTest.java", "networkId", "the entity field a null check names"),
          new Allowed(
              "workshop/WorkshopDayTest.java",
              "title",
              "the entity property Bean Validation names"),
          pairField("visitor"),
          pairField("host"),
          pairField("visitorName"),
          pairField("hostName"),
          new Allowed(
              "visit/VisitPlanService.java", "visitor", "a field of the stored proposal's rows"),
          new Allowed(
              "visit/VisitPlanService.java", "host", "a field of the stored proposal's rows"),
          new Allowed("summary/SummaryCsvTest.java", "visitor", "the kind of an improvement row"),
          new Allowed("summary/SummaryCsvTest.java", "host", "the kind of an improvement row"));

  private static Allowed briefingTopic(String file) {
    return new Allowed(file, "expectations", "a briefing-topic code of brief-participants.form");
  }

  private static Allowed pairField(String field) {
    return new Allowed(
        "pairing/PairingService.java",
        field,
        "a field of a pair in the review form's rows and list items (PairingService.PAIR_*)");
  }

  /** Lines whose literals name entity attributes: JPA indexes and unique constraints. */
  static final Pattern JPA_COLUMNS = Pattern.compile("columnNames|columnList");

  /** This test: its allow-list names literals on purpose. */
  static final String SELF = "deployment/VariableLiteralsTest.java";

  record Literal(Path file, int line, String value, String lineText) {}

  @Test
  void noStringLiteralNamesAProcessVariable() throws Exception {
    Set<String> names = variableNames();
    Set<Path> variablesFiles = variablesFiles();
    List<String> found = new ArrayList<>();
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String path = file.toString().replace('\\', '/');
          if (variablesFiles.contains(file) || path.endsWith(SELF)) {
            continue;
          }
          for (Literal literal : literals(file)) {
            if (names.contains(literal.value()) && !allowed(path, literal)) {
              found.add(path + ":" + literal.line() + " \"" + literal.value() + "\"");
            }
          }
        }
      }
    }
    assertThat(found).as("string literals naming a process variable").isEmpty();
  }

  @Test
  void theScanFindsLiteralsOutsideCommentsAndCharacters() throws Exception {
    Path sample = Files.createTempFile("Sample", ".java");
    Files.writeString(
        sample,
        "class S { // \"commented\"\n  /* \"blocked\" */ char q = '\"';\n"
            + "  String a = \"visitId\", b = \"x\\\"y\";\n}\n");
    try {
      assertThat(literals(sample))
          .extracting(Literal::value, Literal::line)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("visitId", 3),
              org.assertj.core.groups.Tuple.tuple("x\\\"y", 3));
    } finally {
      Files.delete(sample);
    }
  }

  static boolean allowed(String path, Literal literal) {
    return JPA_COLUMNS.matcher(literal.lineText()).find()
        || ALLOWED.stream()
            .anyMatch(a -> path.endsWith(a.file()) && a.literal().equals(literal.value()));
  }

  static Set<String> variableNames() throws Exception {
    Set<String> names =
        new HashSet<>(ProcessVariables.declared(CommonVariables.class, true).values());
    for (String process : ProcessVariables.processes().keySet()) {
      Optional<Class<?>> variables = ProcessVariables.variablesClass(process);
      variables.ifPresent(c -> names.addAll(ProcessVariables.declared(c, true).values()));
    }
    return names;
  }

  static Set<Path> variablesFiles() throws Exception {
    Set<Path> files = new HashSet<>();
    files.add(source(CommonVariables.class));
    // The keys inside the rows of workshop-day's list variables (table columns, list items).
    files.add(source(fr.reseau.ecoles.workshop.WorkshopDayRows.class));
    for (String process : ProcessVariables.processes().keySet()) {
      ProcessVariables.variablesClass(process).ifPresent(c -> files.add(source(c)));
    }
    return files;
  }

  static Path source(Class<?> type) {
    return Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
  }

  /** The string literals of a Java file, comments, character literals and text blocks skipped. */
  static List<Literal> literals(Path file) throws IOException {
    String source = Files.readString(file);
    String[] lines = source.split("\n", -1);
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end + 3;
        line += count(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(new Literal(file, line, source.substring(i + 1, j), lines[line - 1]));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    int newLines = 0;
    for (int k = from; k < to; k++) {
      if (source.charAt(k) == '\n') {
        newLines++;
      }
    }
    return newLines;
  }
}
