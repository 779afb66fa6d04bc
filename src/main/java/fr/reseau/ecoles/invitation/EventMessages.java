package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.event.EventPublished;
import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventService;
import fr.reseau.ecoles.event.MissionOrderAnswered;
import fr.reseau.ecoles.event.NetworkEvent;
import fr.reseau.ecoles.event.RegistrationChanged;
import fr.reseau.ecoles.event.RegistrationRole;
import fr.reseau.ecoles.event.RegistrationService;
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
 * The messages of a network event (docs/events.md): the invitation to register, the place taken
 * (with the {@code .ics}), put on the waiting list, promoted or cancelled, and the contributor's
 * ordre de mission once answered (with the PDF when signed).
 */
@Service
public class EventMessages {

  static final String INVITATION = "network-event-invitation";
  static final String REGISTRATION = "network-event-registration";
  static final String MISSION_ORDER = "network-event-mission-order";

  private final EventService events;
  private final RegistrationService registrations;
  private final NetworkDirectory directory;
  private final CalendarSettings settings;
  private final Notifications notifications;
  private final Links links;

  public EventMessages(
      EventService events,
      RegistrationService registrations,
      NetworkDirectory directory,
      CalendarSettings settings,
      Notifications notifications,
      Links links) {
    this.events = events;
    this.registrations = registrations;
    this.directory = directory;
    this.settings = settings;
    this.notifications = notifications;
    this.links = links;
  }

  @EventListener
  public void published(EventPublished published) {
    NetworkEvent event = events.require(published.eventId());
    for (String invitee : published.invitees()) {
      notifications.send(
          new Notice(
              INVITATION,
              invitee,
              event.getNetworkId(),
              NoticeCategory.INFORMATION,
              model(event),
              links.page("/camunda/app/tasklist/default/"),
              List.of(),
              INVITATION + ":" + event.getId() + ":" + invitee));
    }
  }

  @EventListener
  public void registrationChanged(RegistrationChanged changed) {
    EventRegistration row = registrations.require(changed.registrationId());
    NetworkEvent event = events.require(row.getEventId());
    Map<String, Object> model = model(event);
    model.put("status", row.getStatus().name());
    model.put("contributor", row.getRole() == RegistrationRole.CONTRIBUTOR);
    List<Attachment> attachments =
        switch (row.getStatus()) {
          case REGISTERED ->
              List.of(
                  new Attachment(
                      "evenement.ics",
                      IcsWriter.contentType(false),
                      IcsWriter.request(entry(event, row), EngineClock.now())));
          case CANCELLED ->
              List.of(
                  new Attachment(
                      "evenement-annule.ics",
                      IcsWriter.contentType(true),
                      IcsWriter.cancel(entry(event, row), EngineClock.now())));
          case WAITING -> List.of();
        };
    notifications.send(
        new Notice(
            REGISTRATION,
            row.getMemberUserId(),
            event.getNetworkId(),
            NoticeCategory.INFORMATION,
            model,
            links.page(InvitationPaths.CALENDAR_PAGE),
            attachments,
            REGISTRATION
                + ":"
                + row.getId()
                + ":"
                + row.getStatus()
                + ":"
                + row.getStatusChangedAt().toEpochMilli()));
  }

  @EventListener
  public void missionOrderAnswered(MissionOrderAnswered answered) {
    EventRegistration row = registrations.require(answered.registrationId());
    NetworkEvent event = events.require(row.getEventId());
    Map<String, Object> model = model(event);
    boolean signed = Boolean.TRUE.equals(row.getMissionOrderSigned());
    model.put("signed", signed);
    model.put("reference", row.getMissionOrderRef());
    model.put("refusalReason", row.getMissionOrderRefusalReason());
    model.put("signerName", name(row.getMissionOrderSignerUserId()));
    notifications.send(
        new Notice(
            MISSION_ORDER,
            row.getMemberUserId(),
            event.getNetworkId(),
            NoticeCategory.INFORMATION,
            model,
            links.page(InvitationPaths.eventMissionOrder(row.getId())),
            signed
                ? List.of(
                    new Attachment(
                        "ordre-de-mission.pdf",
                        "application/pdf",
                        MissionOrderPdf.write(sheet(event, row))))
                : List.of(),
            MISSION_ORDER + ":" + row.getId() + ":" + signed));
  }

  /** The contributor's printable order (the same layout as a visit's). */
  public MissionOrderPdf.Sheet sheet(NetworkEvent event, EventRegistration row) {
    Member member = directory.memberIn(row.getMemberUserId(), event.getNetworkId()).orElse(null);
    String school =
        member == null || member.getEstablishmentCode() == null
            ? null
            : directory.establishmentOf(member).displayName();
    boolean signed = Boolean.TRUE.equals(row.getMissionOrderSigned());
    return new MissionOrderPdf.Sheet(
        "Évènement du réseau — " + event.getKind().label(),
        List.of(
            MissionOrderPdf.entry("Missionné·e", name(row.getMemberUserId())),
            MissionOrderPdf.entry("Établissement d'exercice", school),
            MissionOrderPdf.entry(
                "Objet", "Intervention : " + event.getTitle() + " (" + row.getContribution() + ")"),
            MissionOrderPdf.entry("Lieu", event.getPlace()),
            MissionOrderPdf.entry(
                "Date",
                VisitCalendar.FRENCH_DATE.format(event.getEventDate())
                    + " ("
                    + EventService.halfDayLabel(event.getHalfDay())
                    + ")"),
            MissionOrderPdf.entry(
                "Référence", row.getMissionOrderRef() == null ? "—" : row.getMissionOrderRef())),
        signed
            ? "Signé par " + name(row.getMissionOrderSignerUserId()) + ", chef d'établissement"
            : row.getMissionOrderSigned() == null
                ? "En attente de la signature du chef d'établissement"
                : "Refusé : " + row.getMissionOrderRefusalReason(),
        signed);
  }

  CalendarEntry entry(NetworkEvent event, EventRegistration row) {
    ZonedDateTime[] times =
        "day".equals(event.getHalfDay())
            ? new ZonedDateTime[] {
              settings.halfDay(event.getEventDate(), "morning")[0],
              settings.halfDay(event.getEventDate(), "afternoon")[1]
            }
            : settings.halfDay(event.getEventDate(), event.getHalfDay());
    CalendarEntry.Person person =
        directory
            .member(row.getMemberUserId())
            .map(VisitCalendar::person)
            .orElse(new CalendarEntry.Person(row.getMemberUserId(), null));
    return new CalendarEntry(
        "evenement-" + event.getId() + "-" + row.getMemberUserId() + "@reseau-ecoles",
        (int) (row.getStatusChangedAt().getEpochSecond() / 60),
        times[0],
        times[1],
        event.getTitle(),
        events.summary(event),
        event.getPlace(),
        new CalendarEntry.Person("Réseau d'écoles", settings.organizerEmail()),
        List.of(person),
        null);
  }

  private Map<String, Object> model(NetworkEvent event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("eventTitle", event.getTitle());
    model.put("eventText", events.summary(event));
    model.put("eventDay", VisitCalendar.FRENCH_DATE.format(event.getEventDate()));
    model.put(
        "registrationUntil", VisitCalendar.FRENCH_DATE.format(event.getRegistrationDeadline()));
    return model;
  }

  private String name(String userId) {
    return userId == null
        ? "la coordination"
        : directory.member(userId).map(Member::fullName).orElse(userId);
  }
}
