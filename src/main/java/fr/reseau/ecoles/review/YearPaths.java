package fr.reseau.ecoles.review;

/** Paths of the year's pages, for the links of messages and pages. */
public final class YearPaths {

  private YearPaths() {}

  /** The published network summary of the year's campaign, for every member of the network. */
  public static String summary(String networkId, String schoolYear) {
    return "/bilan/" + networkId + "/" + schoolYear + "/synthese";
  }
}
