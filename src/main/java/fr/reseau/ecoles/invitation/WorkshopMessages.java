package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.ParticipantRepository;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopInvitationsSent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * « Envoyer les invitations » of a workshop day: each teacher receives their group and path, with
 * the day as a {@code .ics} invitation (docs/notifications.md).
 */
@Service
public class WorkshopMessages {

  static final String INVITATION = "workshop-day-invitation";

  private final WorkshopCalendar calendar;
  private final ParticipantRepository participants;
  private final Notifications notifications;
  private final Links links;

  public WorkshopMessages(
      WorkshopCalendar calendar,
      ParticipantRepository participants,
      Notifications notifications,
      Links links) {
    this.calendar = calendar;
    this.participants = participants;
    this.notifications = notifications;
    this.links = links;
  }

  @EventListener
  public void invitationsSent(WorkshopInvitationsSent event) {
    WorkshopDay day = calendar.day(event.workshopDayId());
    for (Participant participant :
        participants.findByWorkshopDayIdOrderById(event.workshopDayId())) {
      if (participant.getInvitation() == null) {
        continue;
      }
      CalendarEntry entry = calendar.entry(day, participant);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("dayTitle", day.getTitle());
      model.put("dayWhen", VisitCalendar.FRENCH_DATE.format(day.getDayDate()));
      model.put("groupCode", participant.getGroupCode());
      model.put("invitation", WorkshopCalendar.plain(participant.getInvitation()));
      model.put("dayPlace", day.getEstablishments());
      notifications.send(
          new Notice(
              INVITATION,
              participant.getTeacherUserId(),
              day.getNetworkId(),
              NoticeCategory.INFORMATION,
              model,
              links.page(InvitationPaths.CALENDAR_PAGE),
              List.of(
                  new Attachment(
                      "journee-ateliers.ics",
                      IcsWriter.contentType(false),
                      IcsWriter.request(entry, EngineClock.now()))),
              INVITATION
                  + ":"
                  + day.getId()
                  + ":"
                  + participant.getTeacherUserId()
                  + ":"
                  + entry.sequence()));
    }
  }
}
