package fr.reseau.ecoles.messages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.notification.DeliveryMode;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.NotificationPreference;
import fr.reseau.ecoles.notification.NotificationPreferenceRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.notification.OutboxStatus;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The volunteering reminder of a campaign fired by the real job executor, nobody logged in: each
 * documentaliste who has not answered receives it once, with the link to their own declaration, as
 * their preferences say.
 */
class VolunteeringReminderOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired OutboxRepository outbox;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired Links links;

  @Test
  void theReminderTimerRemindsTheMembersStillToAnswer() {
    TestNetwork network = networks.create(3);
    List<String> docs = network.documentalistes();
    NotificationPreference noReminders = new NotificationPreference(docs.get(1));
    noReminders.change(DeliveryMode.IMMEDIATE, false);
    preferences.save(noReminders);
    CampaignPeople people = new CampaignPeople(this, network);
    ProcessInstance tour = people.startCampaign("2026-2027");
    people.declare(tour, docs.get(0), VolunteerRole.BOTH.code());

    clockAt(LocalDate.of(2026, 9, 23), 9);

    assertThat(reminders(docs.get(0))).isEmpty();
    OutboxMessage toSilent = single(docs.get(2));
    assertThat(toSilent.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(toSilent.getCategory()).isEqualTo(NoticeCategory.REMINDER);
    assertThat(toSilent.getLink())
        .isEqualTo(links.task(taskOf(tour, "Task_DeclareVolunteering", docs.get(2)).getId()));
    assertThat(toSilent.getSubject()).startsWith("Rappel : La tournée des CDI 2026-2027");
    assertThat(single(docs.get(1)).getStatus()).isEqualTo(OutboxStatus.SKIPPED);
    preferences.deleteById(docs.get(1));
  }

  private OutboxMessage single(String userId) {
    List<OutboxMessage> found = reminders(userId);
    assertThat(found).as("volunteering reminders to %s", userId).hasSize(1);
    return found.get(0);
  }

  private List<OutboxMessage> reminders(String userId) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(MessageKind.VOLUNTEERING_REMINDER.template()))
        .toList();
  }
}
