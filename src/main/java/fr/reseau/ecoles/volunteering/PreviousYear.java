package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expression bean {@code previousYear}: the next campaign carries on from the last one. Last
 * year's volunteers are invited first ({@link #volunteersFirst}, the order of the declaration tasks
 * and their messages), and their declaration form opens with last year's role, public, needs and
 * strengths, for them to confirm or change ({@link #schoolYear} tells the form to say so). Nothing
 * is carried over for anyone else, nor once last year's declarations are purged.
 */
@Component("previousYear")
@Transactional(readOnly = true)
public class PreviousYear {

  private final CampaignRepository campaigns;
  private final DeclarationRepository declarations;

  public PreviousYear(CampaignRepository campaigns, DeclarationRepository declarations) {
    this.campaigns = campaigns;
    this.declarations = declarations;
  }

  /** Last year's volunteers first, then the others, each in the given order. */
  public List<String> volunteersFirst(VariableScope execution, Collection<String> documentalistes) {
    Set<String> volunteers = new HashSet<>();
    previousCampaign(execution)
        .ifPresent(
            id ->
                declarations.findByCampaignIdAndVolunteerTrueOrderByMemberUserId(id).stream()
                    .map(Declaration::getMemberUserId)
                    .forEach(volunteers::add));
    List<String> ordered = new ArrayList<>();
    documentalistes.stream().filter(volunteers::contains).forEach(ordered::add);
    documentalistes.stream().filter(d -> !volunteers.contains(d)).forEach(ordered::add);
    return ordered;
  }

  /** Last year's school year when the member volunteered then, else null. */
  public String schoolYear(VariableScope execution, String member) {
    return last(execution, member).isPresent() ? previous(execution) : null;
  }

  public String role(VariableScope execution, String member) {
    return last(execution, member).map(d -> d.getRole().code()).orElse(null);
  }

  public String publicServed(VariableScope execution, String member) {
    return last(execution, member).map(Declaration::getPublicServed).orElse(null);
  }

  public TypedValue needs(VariableScope execution, String member) {
    return JsonVariables.of(
        last(execution, member).map(d -> List.copyOf(d.getNeeds())).orElse(List.of()));
  }

  public TypedValue strengths(VariableScope execution, String member) {
    return JsonVariables.of(
        last(execution, member).map(d -> List.copyOf(d.getStrengths())).orElse(List.of()));
  }

  private Optional<Declaration> last(VariableScope execution, String member) {
    return previousCampaign(execution)
        .flatMap(id -> declarations.findByCampaignIdAndMemberUserId(id, member))
        .filter(Declaration::isVolunteer)
        .filter(d -> d.getRole() != null);
  }

  private Optional<Long> previousCampaign(VariableScope execution) {
    String networkId = (String) execution.getVariable(CdiTourVariables.NETWORK_ID);
    if (networkId == null) {
      return Optional.empty();
    }
    return campaigns
        .findByNetworkIdAndSchoolYear(networkId, previous(execution))
        .map(c -> c.getId());
  }

  private static String previous(VariableScope execution) {
    return SchoolYear.parse((String) execution.getVariable(CdiTourVariables.SCHOOL_YEAR))
        .previous()
        .toString();
  }
}
