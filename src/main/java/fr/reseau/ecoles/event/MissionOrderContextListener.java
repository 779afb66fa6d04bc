package fr.reseau.ecoles.event;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code create} of {@code Task_SignEventMissionOrder}: the task goes to the contributor's head of
 * school (the coordinators when none is known), and shows the contributor's name.
 */
@Component
public class MissionOrderContextListener implements TaskListener {

  private final RegistrationService registrations;
  private final NetworkDirectory directory;

  public MissionOrderContextListener(
      RegistrationService registrations, NetworkDirectory directory) {
    this.registrations = registrations;
    this.directory = directory;
  }

  @Override
  public void notify(DelegateTask task) {
    Long registrationId =
        ((Number) task.getVariable(NetworkEventVariables.CONTRIBUTOR_REGISTRATION)).longValue();
    String signer = registrations.missionOrderSigner(registrationId);
    if (signer == null) {
      task.addCandidateGroup(MemberRole.COORDINATOR.groupId());
    } else {
      task.setAssignee(signer);
    }
    String contributor = registrations.require(registrationId).getMemberUserId();
    task.setVariableLocal(
        NetworkEventVariables.CONTRIBUTOR_NAME,
        directory.member(contributor).map(Member::fullName).orElse(contributor));
  }
}
