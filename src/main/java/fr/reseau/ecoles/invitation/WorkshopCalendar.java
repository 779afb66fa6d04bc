package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.workshop.InvitationService;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayRepository;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop day as a teacher's calendar event: the day's times from its slots, the teacher's own
 * group, path and rooms (the invitation text stored by « Envoyer les invitations ») as description,
 * the day's establishments and the rooms of the teacher's path as location.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopCalendar {

  private final WorkshopDayRepository days;
  private final NetworkDirectory directory;
  private final CalendarSettings settings;
  private final InvitationService invitations;

  public WorkshopCalendar(
      WorkshopDayRepository days,
      NetworkDirectory directory,
      CalendarSettings settings,
      InvitationService invitations) {
    this.days = days;
    this.directory = directory;
    this.settings = settings;
    this.invitations = invitations;
  }

  /**
   * The day's establishments, then the rooms of the teacher's path: « Collège …, salles B12, CDI ».
   */
  String location(WorkshopDay day, Participant participant) {
    List<String> rooms = invitations.roomsOf(day, participant);
    if (rooms.isEmpty()) {
      return day.getEstablishments();
    }
    return day.getEstablishments()
        + (rooms.size() == 1 ? ", salle " : ", salles ")
        + String.join(", ", rooms);
  }

  public WorkshopDay day(Long workshopDayId) {
    return days.findById(workshopDayId)
        .orElseThrow(() -> new IllegalStateException("Unknown workshop day " + workshopDayId));
  }

  /** The teacher's day; its sequence follows the time their invitation was (last) sent. */
  public CalendarEntry entry(WorkshopDay day, Participant participant) {
    ZonedDateTime[] times = settings.workshopDay(day.getDayDate(), day.getSlotTimes());
    CalendarEntry.Person teacher =
        directory
            .member(participant.getTeacherUserId())
            .map(VisitCalendar::person)
            .orElse(new CalendarEntry.Person(participant.getDisplayName(), null));
    return new CalendarEntry(
        "journee-ateliers-" + day.getId() + "-" + day.getNetworkId() + "@reseau-ecoles",
        participant.getInvitedAt() == null
            ? 0
            : (int) (participant.getInvitedAt().getEpochSecond() / 60),
        times[0],
        times[1],
        "Journée d'ateliers : " + day.getTitle(),
        plain(participant.getInvitation()),
        location(day, participant),
        new CalendarEntry.Person("Réseau d'écoles", settings.organizerEmail()),
        List.of(teacher),
        null);
  }

  /** The stored invitation is light markdown (bold); a calendar shows plain text. */
  static String plain(String markdown) {
    return markdown == null ? null : markdown.replace("**", "");
  }
}
