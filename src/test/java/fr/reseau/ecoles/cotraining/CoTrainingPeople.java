package fr.reseau.ecoles.cotraining;

import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT_CONFIRMED;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT_OTHER;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_COMMENT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_DECISION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.MOTIVATION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.PARTICIPANTS;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.PLACE;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REFUSAL_REASON;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REQUESTER;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SCHEDULED_DATE;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SCHEDULE_DECISION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SLOT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.THEME;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.TITLE;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_1;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_2;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_3;

import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the people of a co-training request submit, as Tasklist would. */
public final class CoTrainingPeople {

  private CoTrainingPeople() {}

  /** The start form, by the application itself on behalf of {@code requester}. */
  public static Map<String, Object> start(String requester) {
    return Map.of(
        REQUESTER,
        requester,
        TITLE,
        "Les outils du web au collège",
        THEME,
        "digital",
        MOTIVATION,
        "Construire ensemble une progression sur la recherche d'information en ligne.");
  }

  public static Map<String, Object> description(List<String> participants, String... dates) {
    Map<String, Object> values = new HashMap<>();
    values.put(PARTICIPANTS, JsonVariables.of(participants));
    values.put(WISHED_DATE_1, dates[0]);
    values.put(WISHED_DATE_2, dates[1]);
    if (dates.length > 2) {
      values.put(WISHED_DATE_3, dates[2]);
    }
    values.put(SLOT, "15h–18h");
    values.put(EXPERT, "dane");
    values.put(EXPERT_OTHER, null);
    values.put(MOTIVATION, "Construire ensemble une progression sur la recherche en ligne.");
    return values;
  }

  public static Map<String, Object> head(String decision, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put(HEAD_DECISION, decision);
    values.put(HEAD_COMMENT, comment);
    return values;
  }

  public static Map<String, Object> schedule(String date, String venue) {
    Map<String, Object> values = new HashMap<>();
    values.put(SCHEDULE_DECISION, "schedule");
    values.put(SCHEDULED_DATE, date);
    values.put(SLOT, "15h-18h");
    values.put(PLACE, venue);
    values.put(EXPERT_CONFIRMED, "Mme Martin, DANE");
    return values;
  }

  public static Map<String, Object> refuse(String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put(SCHEDULE_DECISION, "refuse");
    values.put(REFUSAL_REASON, reason);
    return values;
  }
}
