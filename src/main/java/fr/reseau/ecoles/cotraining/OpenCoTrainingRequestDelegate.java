package fr.reseau.ecoles.cotraining;

import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_OF_SCHOOL;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.MEMBER_OPTIONS;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.MOTIVATION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REQUESTER;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REQUESTER_NAME;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.THEME;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.TITLE;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.Internal;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.network.NetworkDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenRequest}: the request is stored for the network whose process was started. The
 * requester is the logged-in person; only a start by the application itself (demo data, tests)
 * names them in the variable {@code requester}.
 */
@Component
public class OpenCoTrainingRequestDelegate implements JavaDelegate {

  private final CoTrainingService service;
  private final CoTrainingForms forms;
  private final NetworkDirectory directory;

  public OpenCoTrainingRequestDelegate(
      CoTrainingService service, CoTrainingForms forms, NetworkDirectory directory) {
    this.service = service;
    this.forms = forms;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String networkId = execution.getTenantId();
    String person = Requester.personId(execution.getProcessEngineServices().getIdentityService());
    FormInput input = FormInput.of(execution);
    String requester = person != null ? person : input.requiredText(REQUESTER, 100);
    CoTrainingRequest request =
        service.open(
            networkId,
            requester,
            input.requiredText(TITLE, 200),
            input.requiredText(THEME, 50),
            input.requiredText(MOTIVATION, 4000),
            execution.getProcessInstanceId());
    execution.setProcessBusinessKey("atelier-" + request.getId());
    execution.setVariable(Internal.REQUEST_ID, request.getId());
    execution.setVariable(Internal.NETWORK_ID, networkId);
    execution.setVariable(REQUESTER, request.getRequesterUserId());
    execution.setVariable(
        REQUESTER_NAME, directory.requireMember(request.getRequesterUserId()).fullName());
    execution.setVariable(HEAD_OF_SCHOOL, request.getHeadUserId());
    execution.setVariable(
        MEMBER_OPTIONS,
        JsonVariables.of(forms.memberOptions(networkId, request.getRequesterUserId())));
  }
}
