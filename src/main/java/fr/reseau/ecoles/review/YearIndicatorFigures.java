package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.review.YearIndicators.Delay;
import fr.reseau.ecoles.review.YearIndicators.Meeting;
import fr.reseau.ecoles.review.YearIndicators.MonthCount;
import fr.reseau.ecoles.review.YearIndicators.NeedMet;
import fr.reseau.ecoles.review.YearIndicators.Participation;
import fr.reseau.ecoles.review.YearIndicators.Ppcr;
import fr.reseau.ecoles.review.YearIndicators.Scores;
import fr.reseau.ecoles.review.YearIndicators.ThemePublic;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.PublicServed;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The computations of the year's indicators from the business data, one per indicator, with no
 * names and the anonymity thresholds applied (see docs/annual-review.md).
 */
final class YearIndicatorFigures {

  private YearIndicatorFigures() {}

  static Participation participation(List<Declaration> declared, List<Declaration> volunteers) {
    return new Participation(
        declared.size(),
        declared.stream().filter(Declaration::isAnswered).count(),
        volunteers.size(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.VISITOR).count(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.HOST).count(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.BOTH).count());
  }

  static YearIndicators.Visits visits(List<Visit> visits) {
    long held = visits.stream().filter(v -> v.getStatus().held()).count();
    long cancelled = visits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count();
    return new YearIndicators.Visits(
        visits.size(),
        held,
        cancelled,
        visits.size() - held - cancelled,
        visits.stream().filter(v -> v.getStatus() == VisitStatus.COMPLETED).count());
  }

  static Delay delay(List<Visit> visits) {
    List<Long> days =
        visits.stream()
            .filter(v -> v.getStatus().held() && v.getVisitDate() != null)
            .map(v -> ChronoUnit.DAYS.between(day(v.getPlannedAt()), v.getVisitDate()))
            .sorted()
            .toList();
    if (days.isEmpty()) {
      return new Delay(0, null, null, null, null);
    }
    int n = days.size();
    double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    double average =
        Math.round(10.0 * days.stream().mapToLong(Long::longValue).average().orElse(0)) / 10.0;
    return new Delay(n, median, average, days.get(0), days.get(n - 1));
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(ProcessDates.ZONE).toLocalDate();
  }

  /**
   * For each theme, the volunteers who stated it as a need, and those of them who took part
   * (visiting or hosting) in a visit whose validated recap does not name that theme among the
   * training needs still to cover.
   */
  static List<NeedMet> needsMet(
      List<Declaration> volunteers, List<Visit> visits, Map<Long, Recap> validatedRecaps) {
    Map<String, List<Recap>> recapsByMember = new HashMap<>();
    for (Visit visit : visits) {
      Recap recap = validatedRecaps.get(visit.getId());
      if (visit.getStatus() == VisitStatus.COMPLETED && recap != null) {
        recapsByMember.computeIfAbsent(visit.getVisitorUserId(), k -> new ArrayList<>()).add(recap);
        recapsByMember.computeIfAbsent(visit.getHostUserId(), k -> new ArrayList<>()).add(recap);
      }
    }
    List<NeedMet> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      long declared = 0;
      long met = 0;
      for (Declaration volunteer : volunteers) {
        if (!volunteer.getNeeds().contains(theme.code())) {
          continue;
        }
        declared++;
        if (recapsByMember.getOrDefault(volunteer.getMemberUserId(), List.of()).stream()
            .anyMatch(r -> !r.getTrainingNeeds().contains(theme.code()))) {
          met++;
        }
      }
      if (declared > 0) {
        rows.add(new NeedMet(theme.label(), declared, met));
      }
    }
    rows.sort(Comparator.comparingLong(NeedMet::declared).reversed());
    return rows;
  }

  /**
   * Needs by theme and public, as the summary breaks them down: within a theme, publics named by
   * fewer than {@code minGroupSize} volunteers are counted together (« autres publics », or «
   * publics divers » when no public of that theme is large enough), so that nobody can be
   * recognised.
   */
  static List<ThemePublic> needsByPublic(List<Declaration> volunteers, int minGroupSize) {
    List<ThemePublic> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Map<String, Long> byPublic = new LinkedHashMap<>();
      for (PublicServed served : PublicServed.values()) {
        long n =
            volunteers.stream()
                .filter(
                    d ->
                        d.getNeeds().contains(theme.code())
                            && served.code().equals(d.getPublicServed()))
                .count();
        if (n > 0) {
          byPublic.put(served.label(), n);
        }
      }
      long unknown =
          volunteers.stream()
              .filter(d -> d.getNeeds().contains(theme.code()) && d.getPublicServed() == null)
              .count();
      long others = unknown;
      List<ThemePublic> shown = new ArrayList<>();
      for (Map.Entry<String, Long> entry : byPublic.entrySet()) {
        if (entry.getValue() >= minGroupSize) {
          shown.add(new ThemePublic(theme.label(), entry.getKey(), entry.getValue()));
        } else {
          others += entry.getValue();
        }
      }
      rows.addAll(shown);
      if (others > 0) {
        rows.add(
            new ThemePublic(
                theme.label(), shown.isEmpty() ? "Publics divers" : "Autres publics", others));
      }
    }
    return rows;
  }

  static Ppcr ppcr(List<Declaration> volunteers, List<Visit> visits) {
    Set<String> tookPart = new HashSet<>();
    visits.stream()
        .filter(v -> v.getStatus().held())
        .forEach(
            v -> {
              tookPart.add(v.getVisitorUserId());
              tookPart.add(v.getHostUserId());
            });
    List<Declaration> planned = volunteers.stream().filter(Declaration::isPpcrPlanned).toList();
    return new Ppcr(
        planned.size(),
        planned.stream().filter(d -> tookPart.contains(d.getMemberUserId())).count());
  }

  static Scores scores(int asked, List<Feedback> allAnswers, int minGroupSize) {
    // Volunteers whose visit did not take place answer why, without a score.
    List<Feedback> answers = allAnswers.stream().filter(Feedback::hasScore).toList();
    if (answers.size() < minGroupSize || answers.isEmpty()) {
      return new Scores(asked, allAnswers.size(), false, List.of(), null);
    }
    List<Long> distribution = new ArrayList<>();
    for (int score = Feedback.MIN_SCORE; score <= Feedback.MAX_SCORE; score++) {
      int s = score;
      distribution.add(answers.stream().filter(f -> f.getNeedsMetScore() == s).count());
    }
    double average =
        Math.round(10.0 * answers.stream().mapToInt(Feedback::getNeedsMetScore).average().orElse(0))
            / 10.0;
    return new Scores(asked, allAnswers.size(), true, distribution, average);
  }

  /**
   * Every month from the first to the last event: pairings approved, visits held (by their date),
   * cancellations.
   */
  static List<MonthCount> byMonth(List<Visit> visits) {
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    for (Visit visit : visits) {
      months.computeIfAbsent(YearMonth.from(day(visit.getPlannedAt())), m -> new long[3])[0]++;
      if (visit.getStatus().held() && visit.getVisitDate() != null) {
        months.computeIfAbsent(YearMonth.from(visit.getVisitDate()), m -> new long[3])[1]++;
      }
      if (visit.getStatus() == VisitStatus.CANCELLED && visit.getCancelledAt() != null) {
        months.computeIfAbsent(YearMonth.from(day(visit.getCancelledAt())), m -> new long[3])[2]++;
      }
    }
    List<MonthCount> rows = new ArrayList<>();
    if (months.isEmpty()) {
      return rows;
    }
    for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
      long[] c = months.getOrDefault(m, new long[3]);
      rows.add(
          new MonthCount(
              m.toString(), m.format(YearIndicatorsService.MONTH_LABEL), c[0], c[1], c[2]));
    }
    return rows;
  }

  static Meeting meeting(NetworkMeeting meeting) {
    return new Meeting(
        meeting.getMeetingDate().toString(),
        meeting.getDecision().label(),
        meeting.getRequestedTrainings().stream()
            .map(code -> Theme.fromCode(code).map(Theme::label).orElse(code))
            .toList(),
        meeting.isStartNextCampaign() ? meeting.getNextSchoolYear() : null);
  }
}
