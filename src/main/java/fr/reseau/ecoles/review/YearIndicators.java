package fr.reseau.ecoles.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of a network's school year (docs/annual-review.md explains each one). Anonymous by
 * construction: counts by theme, public and month; groups smaller than {@code minGroupSize} are not
 * broken down. Stored as JSON in the {@link YearReport}.
 */
public record YearIndicators(
    String networkName,
    String schoolYear,
    int minGroupSize,
    int groupedTrainingMinPeople,
    boolean campaignHeld,
    Participation participation,
    Visits visits,
    Delay pairingToVisit,
    List<NeedMet> needs,
    List<ThemePublic> needsByPublic,
    List<ThemeCount> trainingNeeds,
    List<ThemeCount> groupedTrainings,
    Ppcr ppcr,
    Scores feedback,
    List<MonthCount> visitsByMonth,
    Meeting meeting,
    Workshops workshops,
    Territory territory) {

  /** Documentalistes asked to volunteer, answers, volunteers and their roles. */
  public record Participation(
      long solicited,
      long answered,
      long volunteers,
      long visitorsOnly,
      long hostsOnly,
      long visitorsAndHosts) {}

  /** The campaign's visits: planned (all), held, cancelled, still in progress; recaps validated. */
  public record Visits(
      long planned, long held, long cancelled, long inProgress, long recapsValidated) {}

  /** Days from the approved pairing to the visit, over the visits held with a date. */
  public record Delay(
      long measured, Double medianDays, Double averageDays, Long shortestDays, Long longestDays) {}

  /**
   * A theme: volunteers who stated it as a need at the start, and those whose need the validated
   * recap shows as met.
   */
  public record NeedMet(String theme, long declared, long met) {}

  /** Needs stated at the start by theme and public served (small publics counted together). */
  public record ThemePublic(String theme, String publicServed, long count) {}

  public record ThemeCount(String theme, long count) {}

  /** Volunteers preparing a career appraisal, and those of them who took part in a visit held. */
  public record Ppcr(long planned, long supported) {}

  /**
   * The participants' answers to "did the visit meet your initial needs" (1 to 5): the distribution
   * and the average only from {@code minGroupSize} answers on.
   */
  public record Scores(
      long asked, long answered, boolean detailed, List<Long> distribution, Double average) {}

  /** Visits planned (pairing approved), held (visit date) and cancelled, by month. */
  public record MonthCount(String month, String label, long planned, long held, long cancelled) {}

  /** What the network meeting decided. */
  public record Meeting(
      String date, String decision, List<String> requestedTrainings, String nextSchoolYear) {}

  /** Workshop days of the year ({@code workshop-day}), when that process is installed. */
  public record Workshops(long daysHeld, long referentsNamed) {}

  /** One line of the table of key figures, compared with the previous year when there is one. */
  public record Figure(String key, String label, Double value, Double previous) {}

  /**
   * The key figures, in the order of the report; {@code previous} is the same figure the year
   * before.
   */
  public List<Figure> keyFigures(YearIndicators before) {
    List<Figure> figures = new ArrayList<>();
    java.util.Map<String, Double> previous = new java.util.HashMap<>();
    if (before != null) {
      before.rows().forEach(row -> previous.put((String) row[0], (Double) row[2]));
    }
    for (Object[] row : rows()) {
      figures.add(
          new Figure(
              (String) row[0], (String) row[1], (Double) row[2], previous.get((String) row[0])));
    }
    return figures;
  }

  private List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        row("solicited", "Professeur·es documentalistes sollicité·es", participation.solicited()));
    rows.add(row("volunteers", "Volontaires", participation.volunteers()));
    rows.add(
        row("visitorsOnly", "Volontaires pour visiter uniquement", participation.visitorsOnly()));
    rows.add(row("hostsOnly", "Volontaires pour accueillir uniquement", participation.hostsOnly()));
    rows.add(
        row(
            "visitorsAndHosts",
            "Volontaires pour visiter et accueillir",
            participation.visitorsAndHosts()));
    rows.add(row("visitsPlanned", "Visites prévues", visits.planned()));
    rows.add(row("visitsHeld", "Visites réalisées", visits.held()));
    rows.add(row("visitsCancelled", "Visites annulées", visits.cancelled()));
    rows.add(row("recapsValidated", "Récapitulatifs validés", visits.recapsValidated()));
    rows.add(
        new Object[] {
          "delayMedian",
          "Délai médian entre binôme validé et visite (jours)",
          pairingToVisit.medianDays()
        });
    rows.add(
        new Object[] {
          "delayAverage",
          "Délai moyen entre binôme validé et visite (jours)",
          pairingToVisit.averageDays()
        });
    long declared = needs.stream().mapToLong(NeedMet::declared).sum();
    long met = needs.stream().mapToLong(NeedMet::met).sum();
    rows.add(row("needsDeclared", "Besoins exprimés au départ (volontaire × thème)", declared));
    rows.add(row("needsMet", "Besoins couverts selon les récapitulatifs", met));
    rows.add(
        new Object[] {
          "needsMetRate",
          "Part des besoins couverts (%)",
          declared == 0 ? null : Math.round(1000.0 * met / declared) / 10.0
        });
    rows.add(
        row(
            "trainingNeeds",
            "Besoins de formation cités dans les récapitulatifs",
            trainingNeeds.stream().mapToLong(ThemeCount::count).sum()));
    rows.add(row("groupedTrainings", "Formations groupées proposées", groupedTrainings.size()));
    rows.add(
        row("ppcrPlanned", "Volontaires préparant un rendez-vous de carrière", ppcr.planned()));
    rows.add(
        row("ppcrSupported", "Préparations PPCR accompagnées par une visite", ppcr.supported()));
    rows.add(row("feedbackAsked", "Participant·es invité·es à donner leur avis", feedback.asked()));
    rows.add(row("feedbackAnswered", "Avis reçus", feedback.answered()));
    rows.add(
        new Object[] {
          "feedbackAverage", "Besoins initiaux satisfaits : note moyenne sur 5", feedback.average()
        });
    if (workshops != null) {
      rows.add(row("workshopDays", "Journées d'ateliers tenues", workshops.daysHeld()));
      rows.add(
          row("referents", "Enseignant·es référent·es désigné·es", workshops.referentsNamed()));
    }
    return rows;
  }

  private static Object[] row(String key, String label, long value) {
    return new Object[] {key, label, (double) value};
  }

  /** A figure as French text: "12", "4,5", or "—" when not available. */
  public static String format(Double value) {
    if (value == null) {
      return "—";
    }
    if (value == Math.rint(value)) {
      return String.valueOf(value.longValue());
    }
    return String.format(java.util.Locale.FRANCE, "%.1f", value);
  }
}
