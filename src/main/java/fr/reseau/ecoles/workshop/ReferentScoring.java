package fr.reseau.ecoles.workshop;

import java.util.ArrayList;
import java.util.List;

/**
 * Who looks like a driver for temps 3, from a teacher's impressions: willingness to be a referent
 * or to help colleagues, motivation some days later, first ideas put into practice. The project
 * team decides; this only orders the list and says why.
 */
public final class ReferentScoring {

  /** Proposed (pre-ticked) from this score on. */
  public static final int PROPOSAL_THRESHOLD = 6;

  /** A teacher's score and the reasons, in French. */
  public record Score(int points, List<String> reasons) {
    public boolean proposed() {
      return points >= PROPOSAL_THRESHOLD;
    }
  }

  private ReferentScoring() {}

  public static Score score(TeacherImpressions i) {
    int points = 0;
    List<String> reasons = new ArrayList<>();
    if (Boolean.TRUE.equals(i.getWillingToBeReferent())) {
      points += 3;
      reasons.add("volontaire pour être référent·e");
    }
    if (Boolean.TRUE.equals(i.getWillingToHelp())) {
      points += 2;
      reasons.add("prêt·e à accompagner des collègues");
    }
    if (i.getMotivation() != null && i.getMotivation() >= 3) {
      points += i.getMotivation() - 1;
      reasons.add("motivation " + i.getMotivation() + "/4 quelques jours après");
    }
    if ("yes".equals(i.getPracticeStarted())) {
      points += 2;
      reasons.add("a déjà essayé en classe");
    } else if ("planned".equals(i.getPracticeStarted())) {
      points += 1;
      reasons.add("essai en classe prévu");
    }
    if (hasText(i.getIdeasToTry()) || hasText(i.getColdIdeas())) {
      points += 1;
      reasons.add("premières idées de mise en pratique");
    }
    if (i.getPleasure() != null && i.getPleasure() == 4) {
      points += 1;
      reasons.add("a beaucoup apprécié la journée");
    }
    return new Score(points, reasons);
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
