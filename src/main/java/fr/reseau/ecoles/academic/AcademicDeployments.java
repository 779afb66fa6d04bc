package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.deployment.ProcessResourceDeployer;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, deploys {@code production-publication} and its forms for every academic group's
 * tenant when they changed (a new group is deployed by {@link AcademicGroupService#define}).
 */
@Component
public class AcademicDeployments {

  private final AcademicGroupRepository groups;
  private final ProcessResourceDeployer deployer;
  private final SystemAccess system;

  public AcademicDeployments(
      AcademicGroupRepository groups, ProcessResourceDeployer deployer, SystemAccess system) {
    this.groups = groups;
    this.deployer = deployer;
    this.system = system;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void deployForEveryGroup() {
    system.run(
        () ->
            groups
                .findAll()
                .forEach(g -> deployer.deployAcademic(AcademicGroupService.tenantOf(g.getId()))));
  }
}
