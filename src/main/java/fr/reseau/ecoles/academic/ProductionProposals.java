package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SUMMARY;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE;

import fr.reseau.ecoles.academic.ProductionPublicationVariables.Internal;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item 5 of issue 20: what a network produced (its published summary, a workshop day's referent
 * ideas) reaches an academic group as a starting point: a production is started in the group's
 * tenant with the link, never a copy of the network's private content.
 */
@Service
public class ProductionProposals {

  private final RuntimeService runtime;
  private final NetworkDirectory directory;
  private final AcademicGroupService groups;
  private final SystemAccess system;

  public ProductionProposals(
      RuntimeService runtime,
      NetworkDirectory directory,
      AcademicGroupService groups,
      SystemAccess system) {
    this.runtime = runtime;
    this.directory = directory;
    this.groups = groups;
    this.system = system;
  }

  /** Administrators, members of a network, and people of any academic group. */
  public boolean mayPropose(Authentication user, AcademicGroup group) {
    return SystemAccess.isAdministrator(user)
        || group.involves(user.getUserId())
        || directory.member(user.getUserId()).isPresent()
        || !groups.involving(user.getUserId()).isEmpty();
  }

  /** Starts {@code production-publication} for the group; returns the production's id. */
  @Transactional
  public Long propose(
      AcademicGroup group, String proposedBy, String title, String summary, String sourceLink) {
    String checkedTitle = AcademicGroupService.required(TITLE, title, 200);
    String checkedSummary = AcademicGroupService.optional(SUMMARY, summary, 4000);
    String link = ProductionService.checkedLink(SOURCE_LINK, sourceLink);
    if (link == null) {
      throw new InvalidInputException(
          SOURCE_LINK, "le lien vers ce qui est proposé est obligatoire.");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE, checkedTitle);
    variables.put(SUMMARY, checkedSummary);
    variables.put(SOURCE_LINK, link);
    variables.put(Internal.PROPOSED_BY, proposedBy);
    return system.call(
        () -> {
          ProcessInstance instance =
              runtime
                  .createProcessInstanceByKey(ProductionPublicationVariables.PROCESS_KEY)
                  .processDefinitionTenantId(AcademicGroupService.tenantOf(group.getId()))
                  .setVariables(variables)
                  .execute();
          return ((Number) runtime.getVariable(instance.getId(), Internal.PRODUCTION_ID))
              .longValue();
        });
  }
}
