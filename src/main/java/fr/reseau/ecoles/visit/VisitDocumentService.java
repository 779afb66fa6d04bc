package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.EngineClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the two teachers write about their visit: the pre-visit answers and the recap. They are
 * private to the two of them, so they are kept apart from the visit's planning steps ({@link
 * VisitService}), and shown only to their own tasks.
 */
@Service
@Transactional
public class VisitDocumentService {

  private final VisitRepository visits;
  private final PreVisitDocumentRepository preVisitDocuments;
  private final RecapRepository recaps;

  public VisitDocumentService(
      VisitRepository visits,
      PreVisitDocumentRepository preVisitDocuments,
      RecapRepository recaps) {
    this.visits = visits;
    this.preVisitDocuments = preVisitDocuments;
    this.recaps = recaps;
  }

  public void submitPreVisit(
      Long visitId,
      PreVisitDocument.Side side,
      String author,
      String expectations,
      String wishes,
      String questions,
      String publicDescription,
      String constraints) {
    if (preVisitDocuments.existsByVisitIdAndSide(visitId, side)) {
      throw new IllegalStateException(
          "Pre-visit document already stored for visit " + visitId + " " + side);
    }
    preVisitDocuments.save(
        new PreVisitDocument(
            visitId,
            side,
            author,
            expectations,
            wishes,
            questions,
            publicDescription,
            constraints,
            EngineClock.now()));
  }

  /**
   * The private answers of a visit ({@link #privateContent}) for one task: only a task of the
   * visit's own process, held by one of its two teachers, gets them (defence in depth: the BPMN
   * file names the tasks, this checks the instance and the person).
   */
  public Map<String, Object> privateContentForTask(
      Long visitId, String processInstanceId, String assignee, String taskId) {
    Visit visit =
        visits
            .findById(visitId)
            .orElseThrow(() -> new IllegalStateException("Unknown visit " + visitId));
    if (!processInstanceId.equals(visit.getProcessInstanceId())
        || !(visit.getVisitorUserId().equals(assignee) || visit.getHostUserId().equals(assignee))) {
      throw new IllegalStateException(
          "Private content of visit " + visit.getId() + " refused to task " + taskId);
    }
    return privateContent(visitId);
  }

  /**
   * The pre-visit answers of both teachers and the latest recap with the host's amendments, under
   * their form field names, for the two teachers' own task forms only. Missing answers are left out
   * (Tasklist would otherwise submit the field with the type of a null variable).
   */
  public Map<String, Object> privateContent(Long visitId) {
    Map<String, Object> content = new HashMap<>();
    for (PreVisitDocument document : preVisitDocuments.findByVisitId(visitId)) {
      String prefix =
          document.getSide() == PreVisitDocument.Side.HOST
              ? CdiVisitVariables.HOST
              : CdiVisitVariables.VISITOR;
      content.put(prefix + "Expectations", document.getExpectations());
      content.put(
          prefix
              + (document.getSide() == PreVisitDocument.Side.HOST ? "WishesToShow" : "WishesToSee"),
          document.getWishes());
      content.put(prefix + "Questions", document.getQuestions());
      if (document.getSide() == PreVisitDocument.Side.HOST) {
        content.put(CdiVisitVariables.HOST_PUBLIC_DESCRIPTION, document.getPublicDescription());
        content.put(CdiVisitVariables.HOST_CONSTRAINTS, document.getConstraints());
      }
    }
    recaps
        .findFirstByVisitIdOrderByVersionDesc(visitId)
        .ifPresent(
            recap -> {
              content.put(CdiVisitVariables.RECAP_EXCHANGES, recap.getExchanges());
              content.put(CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, recap.getImprovementsHost());
              content.put(
                  CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, recap.getImprovementsVisitor());
              content.put(CdiVisitVariables.RECAP_ACTIONS, recap.getActions());
              content.put(
                  CdiVisitVariables.RECAP_TRAINING_NEEDS, List.copyOf(recap.getTrainingNeeds()));
              content.put(CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS, recap.isShareImprovements());
              if (Boolean.FALSE.equals(recap.getValidated())) {
                content.put(CdiVisitVariables.RECAP_AMENDMENTS, recap.getAmendments());
              }
            });
    content.values().removeIf(Objects::isNull);
    return content;
  }

  public Recap writeRecap(
      Long visitId,
      String exchanges,
      String improvementsHost,
      String improvementsVisitor,
      String actions,
      Set<String> trainingNeeds,
      boolean shareImprovements) {
    int version =
        recaps.findFirstByVisitIdOrderByVersionDesc(visitId).map(r -> r.getVersion() + 1).orElse(1);
    return recaps.save(
        new Recap(
            visitId,
            version,
            exchanges,
            improvementsHost,
            improvementsVisitor,
            actions,
            trainingNeeds,
            shareImprovements,
            EngineClock.now()));
  }

  public void answerRecap(
      Long visitId, boolean validated, String amendments, boolean hostSharesImprovements) {
    Recap recap =
        recaps
            .findFirstByVisitIdOrderByVersionDesc(visitId)
            .orElseThrow(() -> new IllegalStateException("No recap for visit " + visitId));
    recap.answer(validated, amendments, hostSharesImprovements, EngineClock.now());
  }
}
