package fr.reseau.ecoles.summary;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the network summary shows, table by table. Field names are the column keys of the {@code
 * publish-summary} form's tables.
 */
public record SummaryContent(
    String networkName,
    String schoolYear,
    List<CountRow> visits,
    List<NeedRow> needs,
    List<ThemeCount> trainingNeeds,
    List<ThemeCount> groupedTrainings,
    List<PublicRow> byPublic,
    List<ConstraintRow> byConstraint,
    List<ImprovementRow> improvements,
    List<DegreeRow> byDegree) {

  public record CountRow(String label, long count) {}

  public record NeedRow(String theme, long count, String publics) {}

  public record ThemeCount(String theme, long count) {}

  /** "public" is a Java keyword, hence the explicit column key. */
  public record PublicRow(
      @JsonProperty("public") String publicServed, long volunteers, String topNeeds) {}

  public record ConstraintRow(String constraint, long count, String topNeeds) {}

  /**
   * Per degree (issue 19): documentalistes asked and volunteers by their establishment's degree,
   * visits held by the visited establishment's, and among them those between the two degrees.
   * Absent ({@code null}) from summaries compiled before.
   */
  public record DegreeRow(
      String degree, long solicited, long volunteers, long visitsHeld, long interDegreeVisits) {}

  public record ImprovementRow(
      @JsonProperty("public") String publicServed, String kind, String text) {}
}
