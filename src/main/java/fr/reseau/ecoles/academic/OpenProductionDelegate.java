package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.DRAFTERS;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.GROUP_NAME;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.INSPECTOR;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.MEMBER_OPTIONS;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.REFERENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SUMMARY;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE;

import fr.reseau.ecoles.academic.ProductionPublicationVariables.Internal;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenProduction}: the production is stored for the academic group whose tenant runs
 * the process. A person who starts it must be a teacher of that group.
 */
@Component
public class OpenProductionDelegate implements JavaDelegate {

  private final AcademicGroupService groups;
  private final ProductionService productions;
  private final ProductionForms forms;

  public OpenProductionDelegate(
      AcademicGroupService groups, ProductionService productions, ProductionForms forms) {
    this.groups = groups;
    this.productions = productions;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AcademicGroup group =
        groups
            .ofTenant(execution.getTenantId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "production-publication runs in an academic group's tenant, not "
                            + execution.getTenantId()));
    String person = Requester.personId(execution.getProcessEngineServices().getIdentityService());
    if (person != null && !group.hasMember(person)) {
      throw new InvalidInputException(
          TITLE,
          "seul·es les enseignant·es du groupe « "
              + group.getName()
              + " » peuvent proposer un scénario dans ce groupe.");
    }
    FormInput input = FormInput.of(execution);
    Production production =
        productions.open(
            group,
            input.requiredText(TITLE, 200),
            input.optionalText(SUMMARY, 4000),
            input.optionalText(SOURCE_LINK, 500),
            execution.getProcessInstanceId());
    execution.setProcessBusinessKey("production-" + production.getId());
    execution.setVariable(Internal.PRODUCTION_ID, production.getId());
    execution.setVariable(GROUP_NAME, ProductionForms.groupName(group));
    execution.setVariable(DRAFTERS, String.join(",", group.getMembers()));
    execution.setVariable(REFERENT, group.getReferentUserId());
    execution.setVariable(INSPECTOR, group.getInspectorUserId());
    execution.setVariable(MEMBER_OPTIONS, JsonVariables.of(forms.memberOptions(group)));
  }
}
