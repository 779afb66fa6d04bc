package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The coordinator's one step from a proposal to a training event: starts {@code network-event} as
 * the coordinator, with the proposal's values prefilled (kind {@code training}, theme, the rules'
 * capacity and first possible Wednesday) and those who expressed the need invited first. The start
 * goes through {@code Task_OpenEvent} like a start from Tasklist: same checks.
 */
@Service
public class TrainingEventStarter {

  private final TrainingProposals proposals;
  private final RuntimeService runtime;
  private final NetworkEventRepository events;

  public TrainingEventStarter(
      TrainingProposals proposals, RuntimeService runtime, NetworkEventRepository events) {
    this.proposals = proposals;
    this.runtime = runtime;
    this.events = events;
  }

  /** What the coordinator may change; everything else comes from the proposal. */
  public record Choices(
      String theme, LocalDate eventDate, String halfDay, String place, Integer capacity) {}

  /** The started event's id. */
  public Long start(String networkId, Choices choices) {
    TrainingProposals.Proposal proposal =
        proposals.proposals(networkId).stream()
            .filter(p -> p.theme().equals(choices.theme()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        NetworkEventVariables.THEME,
                        "aucun besoin de formation exprimé sur ce thème"));
    LocalDate date = choices.eventDate() == null ? proposal.suggestedDate() : choices.eventDate();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(NetworkEventVariables.TITLE, "Formation : " + proposal.themeLabel());
    variables.put(NetworkEventVariables.EVENT_KIND, EventKind.TRAINING.code());
    variables.put(NetworkEventVariables.THEME, proposal.theme());
    variables.put(NetworkEventVariables.EVENT_DATE, date.toString());
    variables.put(
        NetworkEventVariables.EVENT_HALF_DAY,
        choices.halfDay() == null ? "day" : choices.halfDay());
    variables.put(
        NetworkEventVariables.PLACE,
        choices.place() == null || choices.place().isBlank() ? "à préciser" : choices.place());
    variables.put(
        NetworkEventVariables.CAPACITY,
        (long) (choices.capacity() == null ? proposal.capacity() : choices.capacity()));
    variables.put(NetworkEventVariables.CONTRIBUTOR_SLOTS, 2L);
    variables.put(NetworkEventVariables.REGISTRATION_DEADLINE, date.minusDays(21).toString());
    variables.put(
        NetworkEventVariables.Internal.PRIORITY_INVITEES, new ArrayList<>(proposal.members()));
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(NetworkEventVariables.PROCESS_KEY)
            .processDefinitionTenantId(networkId)
            .setVariables(variables)
            .execute();
    return events.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
  }
}
