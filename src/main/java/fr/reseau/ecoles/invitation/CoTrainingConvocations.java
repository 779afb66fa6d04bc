package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.cotraining.CoTrainingForms;
import fr.reseau.ecoles.cotraining.CoTrainingRefused;
import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.cotraining.CoTrainingScheduled;
import fr.reseau.ecoles.cotraining.CoTrainingService;
import fr.reseau.ecoles.cotraining.CoTrainingStatus;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * « Envoyer les convocations » of a co-training request: each participant (and nobody else)
 * receives a convocation by e-mail, with the workshop as a {@code .ics} invitation and the
 * printable convocation (PDF).
 */
@Service
public class CoTrainingConvocations {

  static final String CONVOCATION = "co-training-convocation";
  static final String REFUSED = "co-training-refused";

  private final CoTrainingService requests;
  private final NetworkDirectory directory;
  private final CalendarSettings settings;
  private final Notifications notifications;
  private final Links links;

  public CoTrainingConvocations(
      CoTrainingService requests,
      NetworkDirectory directory,
      CalendarSettings settings,
      Notifications notifications,
      Links links) {
    this.requests = requests;
    this.directory = directory;
    this.settings = settings;
    this.notifications = notifications;
    this.links = links;
  }

  @EventListener
  public void scheduled(CoTrainingScheduled event) {
    CoTrainingRequest request = requests.require(event.requestId());
    Map<String, Member> members =
        directory.membersIn(request.getNetworkId(), request.getParticipants());
    CalendarEntry entry = entry(request, members);
    byte[] ics = IcsWriter.request(entry, EngineClock.now());
    for (String userId : request.getParticipants()) {
      Member participant = members.get(userId);
      if (participant == null) {
        continue; // left the network since the request was described
      }
      Establishment school = directory.establishmentOf(participant);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("workshopTitle", request.getTitle());
      model.put("workshopWhen", VisitCalendar.FRENCH_DATE.format(request.getScheduledDate()));
      model.put("workshopSlot", request.getSlot());
      model.put("workshopVenue", request.getVenue());
      model.put("workshopExpert", request.getExpertConfirmed());
      notifications.send(
          new Notice(
              CONVOCATION,
              userId,
              request.getNetworkId(),
              NoticeCategory.INFORMATION,
              model,
              links.page(InvitationPaths.CALENDAR_PAGE),
              List.of(
                  new Attachment("atelier-mutualisation.ics", IcsWriter.contentType(false), ics),
                  new Attachment(
                      "convocation.pdf",
                      "application/pdf",
                      CoTrainingConvocationPdf.write(request, participant, school, members))),
              CONVOCATION + ":" + request.getId() + ":" + userId));
    }
  }

  /** A refusal, by the head or the coordinators, is told to the requester with its reason. */
  @EventListener
  public void refused(CoTrainingRefused event) {
    CoTrainingRequest request = requests.require(event.requestId());
    boolean byHead = request.getStatus() == CoTrainingStatus.REFUSED_BY_HEAD;
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("workshopTitle", request.getTitle());
    model.put("refusedBy", byHead ? "votre chef·fe d'établissement" : "la coordination du réseau");
    model.put("reason", byHead ? request.getHeadComment() : request.getRefusalReason());
    notifications.send(
        new Notice(
            REFUSED,
            request.getRequesterUserId(),
            request.getNetworkId(),
            NoticeCategory.INFORMATION,
            model,
            links.page("/camunda/app/tasklist/default/"),
            List.of(),
            REFUSED + ":" + request.getId()));
  }

  /** The workshop as one calendar event, every participant an attendee. */
  CalendarEntry entry(CoTrainingRequest request, Map<String, Member> members) {
    ZonedDateTime[] times = CalendarSettings.range(request.getScheduledDate(), request.getSlot());
    return new CalendarEntry(
        "atelier-mutualisation-"
            + request.getId()
            + "-"
            + request.getNetworkId()
            + "@reseau-ecoles",
        0,
        times[0],
        times[1],
        "Atelier de mutualisation : " + request.getTitle(),
        "Thème : "
            + CoTrainingForms.themeLabel(request.getTheme())
            + (request.getExpertConfirmed() == null
                ? ""
                : "\nIntervenant : " + request.getExpertConfirmed()),
        request.getVenue(),
        new CalendarEntry.Person("Réseau d'écoles", settings.organizerEmail()),
        request.getParticipants().stream()
            .filter(members::containsKey)
            .map(id -> VisitCalendar.person(members.get(id)))
            .toList(),
        null);
  }
}
