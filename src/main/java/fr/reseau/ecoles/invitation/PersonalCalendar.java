package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.ParticipantRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's dates for their subscription feed: the visits they make or host, or that their school
 * makes or hosts (heads of school), once a date is announced and until cancelled; the workshop days
 * they were invited to; the network meetings they are invited to; the network events where they
 * have a place and the co-training workshops they are convened to.
 */
@Service
@Transactional(readOnly = true)
public class PersonalCalendar {

  private final VisitRepository visits;
  private final EstablishmentRepository establishments;
  private final ParticipantRepository participants;
  private final VisitCalendar visitCalendar;
  private final WorkshopCalendar workshopCalendar;
  private final MeetingCalendar meetingCalendar;
  private final ActivityCalendar activityCalendar;

  public PersonalCalendar(
      VisitRepository visits,
      EstablishmentRepository establishments,
      ParticipantRepository participants,
      VisitCalendar visitCalendar,
      WorkshopCalendar workshopCalendar,
      MeetingCalendar meetingCalendar,
      ActivityCalendar activityCalendar) {
    this.visits = visits;
    this.establishments = establishments;
    this.participants = participants;
    this.visitCalendar = visitCalendar;
    this.workshopCalendar = workshopCalendar;
    this.meetingCalendar = meetingCalendar;
    this.activityCalendar = activityCalendar;
  }

  public List<CalendarEntry> entriesOf(String userId) {
    List<String> led =
        new ArrayList<>(
            establishments.findByPrincipalUserId(userId).stream()
                .map(Establishment::getCode)
                .toList());
    if (led.isEmpty()) {
      led.add(""); // an empty IN list is not valid SQL everywhere; no code is empty
    }
    List<CalendarEntry> entries = new ArrayList<>();
    for (Visit visit : visits.findAnnouncedOf(userId, led)) {
      entries.add(visitCalendar.invitation(visit.getId()).entry());
    }
    for (Participant participant :
        participants.findByTeacherUserIdAndInvitedAtIsNotNullOrderById(userId)) {
      entries.add(
          workshopCalendar.entry(
              workshopCalendar.day(participant.getWorkshopDayId()), participant));
    }
    entries.addAll(meetingCalendar.entriesOf(userId));
    entries.addAll(activityCalendar.entriesOf(userId));
    entries.sort(Comparator.comparing(CalendarEntry::start));
    return entries;
  }
}
