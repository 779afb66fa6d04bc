package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.volunteering.VolunteeringEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the campaign's volunteering reminder ({@link VolunteeringEvent.ReminderDue}, published in
 * the timer's transaction) into the e-mails of {@link MessageService#volunteeringReminder}.
 */
@Component
class VolunteeringReminders {

  private final MessageService messages;

  VolunteeringReminders(MessageService messages) {
    this.messages = messages;
  }

  @EventListener
  void reminderDue(VolunteeringEvent.ReminderDue event) {
    messages.volunteeringReminder(event.campaignId(), event.processInstanceId(), event.pending());
  }
}
