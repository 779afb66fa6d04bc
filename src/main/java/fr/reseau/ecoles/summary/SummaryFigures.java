package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.summary.SummaryContent.ConstraintRow;
import fr.reseau.ecoles.summary.SummaryContent.CountRow;
import fr.reseau.ecoles.summary.SummaryContent.DegreeRow;
import fr.reseau.ecoles.summary.SummaryContent.ImprovementRow;
import fr.reseau.ecoles.summary.SummaryContent.NeedRow;
import fr.reseau.ecoles.summary.SummaryContent.PublicRow;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.ConstraintKind;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.PublicServed;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of a campaign's summary, computed from what {@link SummaryService} loads: plain
 * functions without the database, so that the rules of anonymity (groups under {@code minGroupSize}
 * are not detailed, improvements only when their authors agreed) read in one place.
 */
final class SummaryFigures {

  private static final int TOP_NEEDS = 3;

  private SummaryFigures() {}

  static List<CountRow> participationAndVisits(
      List<Declaration> declarations, List<Declaration> volunteers, List<Visit> visits) {
    List<CountRow> rows = new ArrayList<>();
    rows.add(new CountRow("Professeur·es documentalistes sollicité·es", declarations.size()));
    rows.add(
        new CountRow(
            "Réponses reçues avant la date limite",
            declarations.stream().filter(Declaration::isAnswered).count()));
    rows.add(new CountRow("Volontaires", volunteers.size()));
    rows.add(
        new CountRow(
            "Volontaires pour visiter uniquement",
            count(volunteers, d -> d.getRole() == VolunteerRole.VISITOR)));
    rows.add(
        new CountRow(
            "Volontaires pour accueillir uniquement",
            count(volunteers, d -> d.getRole() == VolunteerRole.HOST)));
    rows.add(
        new CountRow(
            "Volontaires pour visiter et accueillir",
            count(volunteers, d -> d.getRole() == VolunteerRole.BOTH)));
    rows.add(
        new CountRow(
            "Volontaires préparant un rendez-vous de carrière",
            count(volunteers, Declaration::isPpcrPlanned)));
    rows.add(new CountRow("Visites prévues", visits.size()));
    rows.add(
        new CountRow(
            "Visites réalisées", visits.stream().filter(v -> v.getStatus().held()).count()));
    rows.add(
        new CountRow(
            "Récapitulatifs validés",
            visits.stream().filter(v -> v.getStatus() == VisitStatus.COMPLETED).count()));
    rows.add(
        new CountRow(
            "Visites annulées",
            visits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count()));
    return rows;
  }

  private static <T> long count(Collection<T> items, Predicate<T> predicate) {
    return items.stream().filter(predicate).count();
  }

  static List<NeedRow> needs(List<Declaration> volunteers, int minGroupSize) {
    List<NeedRow> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Declaration> withNeed =
          volunteers.stream().filter(d -> d.getNeeds().contains(theme.code())).toList();
      if (!withNeed.isEmpty()) {
        rows.add(new NeedRow(theme.label(), withNeed.size(), publicsOf(withNeed, minGroupSize)));
      }
    }
    rows.sort(Comparator.comparingLong(NeedRow::count).reversed());
    return rows;
  }

  /**
   * "Collège : 3, autres publics : 2", in the order of the list of publics; publics with fewer than
   * {@code minGroupSize} people are counted together so that nobody can be recognised.
   */
  private static String publicsOf(List<Declaration> declarations, int minGroupSize) {
    Map<String, Long> byPublic =
        declarations.stream()
            .collect(
                Collectors.groupingBy(
                    Declaration::getPublicServed, LinkedHashMap::new, Collectors.counting()));
    List<String> parts = new ArrayList<>();
    long others = 0;
    for (PublicServed served : PublicServed.values()) {
      Long n = byPublic.get(served.code());
      if (n != null && n >= minGroupSize) {
        parts.add(served.label() + " : " + n);
      } else if (n != null) {
        others += n;
      }
    }
    if (others > 0) {
      parts.add((parts.isEmpty() ? "publics divers : " : "autres publics : ") + others);
    }
    return String.join(", ", parts);
  }

  static List<PublicRow> byPublic(List<Declaration> volunteers, int minGroupSize) {
    List<PublicRow> rows = new ArrayList<>();
    for (PublicServed served : PublicServed.values()) {
      List<Declaration> group =
          volunteers.stream().filter(d -> served.code().equals(d.getPublicServed())).toList();
      if (!group.isEmpty()) {
        rows.add(new PublicRow(served.label(), group.size(), topNeeds(group, minGroupSize)));
      }
    }
    return rows;
  }

  static List<ConstraintRow> byConstraint(List<Declaration> volunteers, int minGroupSize) {
    List<ConstraintRow> rows = new ArrayList<>();
    for (ConstraintKind kind : ConstraintKind.values()) {
      List<Declaration> group =
          volunteers.stream().filter(d -> d.getConstraintKinds().contains(kind.code())).toList();
      if (!group.isEmpty()) {
        rows.add(new ConstraintRow(kind.label(), group.size(), topNeeds(group, minGroupSize)));
      }
    }
    return rows;
  }

  /**
   * The most frequent needs of a group, ties in the order of the theme list; not for small groups.
   */
  private static String topNeeds(List<Declaration> group, int minGroupSize) {
    if (group.size() < minGroupSize) {
      return "non détaillé (moins de " + minGroupSize + " volontaires)";
    }
    return Theme.ranked(group.stream().flatMap(d -> d.getNeeds().stream())).stream()
        .limit(TOP_NEEDS)
        .map(e -> e.getKey().shortLabel() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * Only what each teacher agreed to share, under the public of the CDI concerned: the host decides
   * for the tracks about their CDI, the visitor for the rest.
   */
  static List<ImprovementRow> improvements(
      List<Recap> recaps, Map<Long, Visit> visits, Map<String, Declaration> declarations) {
    List<ImprovementRow> rows = new ArrayList<>();
    for (Recap recap : recaps) {
      Visit visit = visits.get(recap.getVisitId());
      if (visit == null) {
        continue;
      }
      if (recap.isHostSharesImprovements()) {
        rows.add(
            new ImprovementRow(
                publicOf(declarations.get(visit.getHostUserId())),
                "Piste pour le CDI visité",
                recap.getImprovementsHost()));
      }
      if (recap.isShareImprovements()) {
        String visitorPublic = publicOf(declarations.get(visit.getVisitorUserId()));
        rows.add(
            new ImprovementRow(
                visitorPublic, "Piste pour le CDI du visiteur", recap.getImprovementsVisitor()));
        if (recap.getActions() != null) {
          rows.add(new ImprovementRow(visitorPublic, "Action engagée", recap.getActions()));
        }
      }
    }
    return rows;
  }

  /**
   * Per degree, primaire then secondaire: a documentaliste counts in their establishment's degree,
   * a visit held in the visited establishment's; inter-degree visits are those whose visitor's and
   * host's establishments differ in degree. Establishments not on the roster count in none.
   */
  static List<DegreeRow> byDegree(
      List<Declaration> declarations, List<Visit> visits, Map<String, Establishment> schools) {
    List<DegreeRow> rows = new ArrayList<>();
    for (SchoolDegree degree : SchoolDegree.values()) {
      Predicate<String> in =
          code -> code != null && schools.containsKey(code) && schools.get(code).degree() == degree;
      List<Declaration> asked =
          declarations.stream().filter(d -> in.test(d.getEstablishmentCode())).toList();
      List<Visit> held =
          visits.stream()
              .filter(v -> v.getStatus().held() && in.test(v.getHostEstablishmentCode()))
              .toList();
      long interDegree =
          held.stream()
              .filter(
                  v -> {
                    Establishment visitor = schools.get(v.getVisitorEstablishmentCode());
                    return visitor != null && visitor.degree() != degree;
                  })
              .count();
      rows.add(
          new DegreeRow(
              degree.label(),
              asked.size(),
              count(asked, Declaration::isVolunteer),
              held.size(),
              interDegree));
    }
    return rows;
  }

  private static String publicOf(Declaration declaration) {
    return declaration == null || declaration.getPublicServed() == null
        ? "Non précisé"
        : PublicServed.labelOf(declaration.getPublicServed());
  }
}
