package fr.reseau.ecoles.review;

import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Who is asked for the annual-review feedback: every volunteer of the year's campaign (the tour's «
 * bilan de l'initiative » needs everyone's word), plus anyone whose visit was held without having
 * volunteered (a visit started on its own). Those whose visit did not take place are asked why,
 * instead of the questions on the visit.
 */
@Component
public class FeedbackParticipants {

  /** Everyone asked, and among them those without a held visit; both sorted. */
  public record Asked(List<String> all, List<String> withoutVisit) {}

  private final VisitRepository visits;
  private final DeclarationRepository declarations;

  public FeedbackParticipants(VisitRepository visits, DeclarationRepository declarations) {
    this.visits = visits;
    this.declarations = declarations;
  }

  public Asked of(Long campaignId) {
    Set<String> held = held(campaignId);
    Set<String> all = new TreeSet<>(held);
    Set<String> withoutVisit = new TreeSet<>();
    for (Declaration declaration : declarations.findByCampaignIdOrderByMemberUserId(campaignId)) {
      if (declaration.isVolunteer()) {
        all.add(declaration.getMemberUserId());
        if (!held.contains(declaration.getMemberUserId())) {
          withoutVisit.add(declaration.getMemberUserId());
        }
      }
    }
    return new Asked(new ArrayList<>(all), new ArrayList<>(withoutVisit));
  }

  /** Whether the member visited or hosted a visit of the campaign that took place. */
  public boolean visitHeld(Long campaignId, String memberUserId) {
    return campaignId != null && held(campaignId).contains(memberUserId);
  }

  private Set<String> held(Long campaignId) {
    Set<String> held = new TreeSet<>();
    for (Visit visit : visits.findByCampaignIdOrderById(campaignId)) {
      if (visit.getStatus().held()) {
        held.add(visit.getVisitorUserId());
        held.add(visit.getHostUserId());
      }
    }
    return held;
  }
}
