package fr.reseau.ecoles.volunteering;

import java.util.List;

/**
 * What happened to a campaign's call for volunteers that people must hear of outside Tasklist (an
 * e-mail). Published by {@link VolunteeringService} inside the step's transaction, so what
 * listeners write (the outbox) commits or rolls back with the step; this package names no listener.
 */
public sealed interface VolunteeringEvent {

  Long campaignId();

  /**
   * The reminder before the deadline ({@code Timer_VolunteeringReminder}): {@code pending} have not
   * answered yet; their declaration tasks are open in the process instance {@code
   * processInstanceId}.
   */
  record ReminderDue(Long campaignId, String processInstanceId, List<String> pending)
      implements VolunteeringEvent {}
}
