package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Campaigns of school year 2026-2027 (personal content expires on 1 September 2028) and ways to
 * count what is left.
 */
abstract class RetentionTestSupport extends IntegrationTest {

  private static final AtomicInteger MARKS = new AtomicInteger();

  /**
   * Written in every free text that must not survive; one per test, so other tests' leftovers never
   * match.
   */
  final String mark = "Zorglub" + MARKS.incrementAndGet() + "#";

  /**
   * 2026-2027 ends on 31 August 2027; with 12 months its personal content expires on 1 September
   * 2028.
   */
  static final LocalDate EXPIRY = LocalDate.of(2028, 9, 1);

  @Autowired TestNetworks networks;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance startCampaign(TestNetwork network) {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    return startCdiTour(network);
  }

  void declare(ProcessInstance tour, String member, String role) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
      answers.put(CdiTourVariables.NEEDS, List.of("digital"));
      answers.put(CdiTourVariables.STRENGTHS, List.of("reading-culture"));
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of("other"));
      answers.put(CdiTourVariables.CONSTRAINTS, mark + " : mi-temps thérapeutique");
      answers.put(CdiTourVariables.EXPECTATIONS, mark + " : rompre l'isolement");
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  /** A campaign with two declarations whose process an administrator cancelled: it has ended. */
  Long cancelledCampaign(TestNetwork network) {
    ProcessInstance tour = startCampaign(network);
    declare(tour, network.documentalistes().get(0), "both");
    declare(tour, network.documentalistes().get(1), "both");
    Long campaignId = campaignId(tour);
    runtimeService.deleteProcessInstance(tour.getId(), "Campagne abandonnée");
    return campaignId;
  }

  Long campaignId(ProcessInstance tour) {
    return (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
  }

  int declarations(Long campaignId) {
    return count("select count(*) from declaration where campaign_id = ?", campaignId);
  }

  /** Rows of a campaign, table by table. */
  Map<String, Integer> rowsOf(Long campaignId) {
    Map<String, Integer> rows = new HashMap<>();
    rows.put("declaration", declarations(campaignId));
    rows.put(
        "pairing_review",
        count("select count(*) from pairing_review where campaign_id = ?", campaignId));
    rows.put("visit", count("select count(*) from visit where campaign_id = ?", campaignId));
    for (String table : List.of("pre_visit_document", "visit_step", "recap")) {
      rows.put(
          table,
          count(
              "select count(*) from "
                  + table
                  + " where visit_id in (select id from visit where campaign_id = ?)",
              campaignId));
    }
    return rows;
  }

  int count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Integer.class, arguments);
  }

  /**
   * Every text column (application and engine tables) holding {@code text}, as "TABLE.COLUMN",
   * except the directory of people (members, Camunda users and their authorizations).
   */
  List<String> columnsMentioning(String text, boolean engineTablesOnly) {
    List<String> found = new ArrayList<>();
    // H2 and PostgreSQL alike: names upper case on one, lower case on the other; "text" is
    // PostgreSQL's.
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema and upper(data_type) in"
                + " ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'TEXT')");
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("TABLE_NAME");
      String name = (String) column.get("COLUMN_NAME");
      String upperTable = table.toUpperCase(java.util.Locale.ROOT);
      boolean engine = upperTable.startsWith("ACT_");
      if (List.of(
                  "MEMBER",
                  "ESTABLISHMENT",
                  "NETWORK",
                  "ACT_RU_AUTHORIZATION",
                  "FLYWAY_SCHEMA_HISTORY")
              .contains(upperTable)
          || upperTable.startsWith("ACT_ID_")
          || (engineTablesOnly && !engine)) {
        continue;
      }
      if (count(
              "select count(*) from \"" + table + "\" where \"" + name + "\" like ?",
              "%" + text + "%")
          > 0) {
        found.add(upperTable + "." + name.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return found;
  }
}
