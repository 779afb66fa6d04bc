package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network meeting of an annual review (« Tenir la réunion de bilan »): the coordinators plan
 * its date, times and place; every documentaliste and coordinator of the network receives an
 * invitation ({@code .ics}), updated (SEQUENCE raised) at each new plan.
 */
@Service
@Transactional
public class MeetingCalendar {

  static final String INVITATION = "network-meeting-invitation";
  public static final String DATE = "date";
  public static final String TIMES = "times";
  public static final String PLACE = "place";

  /**
   * Where a refusal points: the fields of the REST API or of the form {@code plan-network-meeting}.
   */
  public record Fields(String date, String times, String place) {}

  /** The fields of {@code PUT /api/networks/{networkId}/reviews/{schoolYear}/meeting}. */
  public static final Fields API_FIELDS = new Fields(DATE, TIMES, PLACE);

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

  private final AnnualReviewRepository reviews;
  private final MemberRepository members;
  private final NetworkDirectory directory;
  private final CalendarSettings settings;
  private final Notifications notifications;
  private final Links links;

  public MeetingCalendar(
      AnnualReviewRepository reviews,
      MemberRepository members,
      NetworkDirectory directory,
      CalendarSettings settings,
      Notifications notifications,
      Links links) {
    this.reviews = reviews;
    this.members = members;
    this.directory = directory;
    this.settings = settings;
    this.notifications = notifications;
    this.links = links;
  }

  /**
   * Plans the meeting of a network's review and invites the network; nothing is stored on a
   * refusal.
   *
   * @return empty when the network has no review for that year
   */
  public Optional<AnnualReview> plan(
      String networkId, String schoolYear, LocalDate date, String times, String place) {
    return plan(networkId, schoolYear, date, times, place, API_FIELDS);
  }

  /**
   * The same, a refusal naming the {@code fields} the person filled in (the REST API's or the
   * Tasklist form's).
   *
   * @return empty when the network has no review for that year
   */
  public Optional<AnnualReview> plan(
      String networkId,
      String schoolYear,
      LocalDate date,
      String times,
      String place,
      Fields fields) {
    Optional<AnnualReview> found = reviews.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    if (found.isEmpty()) {
      return found;
    }
    AnnualReview review = found.get();
    if (review.getClosedAt() != null) {
      throw new InvalidInputException(fields.date(), "le bilan " + schoolYear + " est clos.");
    }
    if (date == null || !date.isAfter(EngineClock.today())) {
      throw new InvalidInputException(
          fields.date(), "date de la réunion obligatoire, postérieure à aujourd'hui (aaaa-mm-jj).");
    }
    ZonedDateTime[] range;
    try {
      range =
          CalendarSettings.range(
              date, times == null || times.isBlank() ? settings.defaultMeetingTimes() : times);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          fields.times(), "horaires de la forme « 17:00-19:00 », la fin après le début.");
    }
    if (place != null
        && (place.length() > 300 || place.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
      throw new InvalidInputException(
          fields.place(), "300 caractères au plus, sans caractère de contrôle.");
    }
    int sequence =
        review.planMeeting(
            range[0].toLocalDateTime(),
            range[1].toLocalDateTime(),
            place == null || place.isBlank() ? null : place.strip());
    CalendarEntry entry = entry(review);
    byte[] ics = IcsWriter.request(entry, EngineClock.now());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("year", review.getSchoolYear());
    model.put("network", directory.network(networkId).map(Network::getName).orElse(networkId));
    model.put("meetingDay", VisitCalendar.FRENCH_DATE.format(date));
    model.put("startTime", HOUR.format(range[0]));
    model.put("endTime", HOUR.format(range[1]));
    model.put("place", review.getMeetingPlace());
    model.put("changed", sequence > 0);
    for (Member member : invited(networkId)) {
      notifications.send(
          new Notice(
              INVITATION,
              member.getUserId(),
              networkId,
              NoticeCategory.INFORMATION,
              model,
              links.page(InvitationPaths.CALENDAR_PAGE),
              List.of(new Attachment("reunion-de-bilan.ics", IcsWriter.contentType(false), ics)),
              INVITATION + ":" + review.getId() + ":" + sequence + ":" + member.getUserId()));
    }
    return Optional.of(review);
  }

  /** The network's documentalistes and coordinators. */
  List<Member> invited(String networkId) {
    List<Member> invited =
        new ArrayList<>(directory.membersWithRole(networkId, MemberRole.COORDINATOR));
    invited.addAll(directory.membersWithRole(networkId, MemberRole.DOCUMENTALISTE));
    return invited;
  }

  @Transactional(readOnly = true)
  public List<CalendarEntry> entriesOf(String userId) {
    // Every network of the person (members of several networks get each one's meetings).
    List<CalendarEntry> entries = new ArrayList<>();
    for (String networkId : directory.networkIdsOf(userId)) {
      Optional<Member> member = directory.memberIn(userId, networkId);
      if (member.isEmpty()
          || (member.get().getRole() != MemberRole.COORDINATOR
              && member.get().getRole() != MemberRole.DOCUMENTALISTE)) {
        continue;
      }
      reviews.findByNetworkIdAndMeetingStartsAtIsNotNullOrderById(networkId).stream()
          .map(this::entry)
          .forEach(entries::add);
    }
    return entries;
  }

  CalendarEntry entry(AnnualReview review) {
    List<CalendarEntry.Person> attendees =
        invited(review.getNetworkId()).stream().map(VisitCalendar::person).toList();
    String network =
        directory
            .network(review.getNetworkId())
            .map(Network::getName)
            .orElse(review.getNetworkId());
    return new CalendarEntry(
        "reunion-bilan-" + review.getId() + "-" + review.getNetworkId() + "@reseau-ecoles",
        review.getMeetingSequence() == null ? 0 : review.getMeetingSequence(),
        review.getMeetingStartsAt().atZone(CalendarSettings.ZONE),
        review.getMeetingEndsAt().atZone(CalendarSettings.ZONE),
        "Réunion de bilan de l'année " + review.getSchoolYear() + " (" + network + ")",
        "Réunion de bilan annuel du "
            + network
            + " : les indicateurs de l'année "
            + review.getSchoolYear()
            + ", les besoins de formation et la campagne suivante.",
        review.getMeetingPlace(),
        new CalendarEntry.Person("Réseau d'écoles", settings.organizerEmail()),
        attendees,
        null);
  }
}
