package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.invitation.CalendarFeed;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.notification.NotificationPreference;
import fr.reseau.ecoles.notification.OutboxAttachment;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.pairing.PairingReview;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.Feedback;
import fr.reseau.ecoles.review.NetworkMeeting;
import fr.reseau.ecoles.review.YearReport;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.visit.PreVisitDocument;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitStep;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.workshop.Animator;
import fr.reseau.ecoles.workshop.AnimatorBriefing;
import fr.reseau.ecoles.workshop.ConcernVote;
import fr.reseau.ecoles.workshop.DayGroup;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.QuestionnaireAnswer;
import fr.reseau.ecoles.workshop.Referent;
import fr.reseau.ecoles.workshop.TeacherImpressions;
import fr.reseau.ecoles.workshop.Workshop;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayOutput;
import java.util.Map;

/**
 * What becomes of every stored entity when a school year expires (see docs/retention.md). A test
 * checks that every JPA entity is listed here: a new entity needs a retention decision.
 */
public final class RetentionScope {

  public enum Fate {
    /** Deleted by the purge. */
    REMOVED,
    /** Row kept, its personal fields blanked by the purge. */
    BLANKED,
    /** Anonymous, kept for the yearly reviews. */
    KEPT,
    /** Not school-year content: the network's current directory, kept up to date by its import. */
    DIRECTORY,
    /**
     * A person's own settings (messages, calendar address), not school-year content: kept while
     * they are a member, changed or revoked by them.
     */
    PERSONAL_SETTINGS,
    /** Public reference data about no person (e.g. the official school holidays). */
    REFERENCE
  }

  public static final Map<Class<?>, Fate> ENTITIES =
      Map.ofEntries(
          Map.entry(Declaration.class, Fate.REMOVED),
          Map.entry(PairingReview.class, Fate.REMOVED),
          Map.entry(Visit.class, Fate.REMOVED),
          // Keyed pseudonyms of the pairs held, no id: "never the same pair again" across years.
          Map.entry(fr.reseau.ecoles.visit.PairHistory.class, Fate.KEPT),
          Map.entry(PreVisitDocument.class, Fate.REMOVED),
          Map.entry(VisitStep.class, Fate.REMOVED),
          Map.entry(Recap.class, Fate.REMOVED),
          Map.entry(Campaign.class, Fate.BLANKED),
          Map.entry(NetworkSummary.class, Fate.KEPT),
          Map.entry(Feedback.class, Fate.REMOVED),
          Map.entry(AnnualReview.class, Fate.BLANKED),
          Map.entry(NetworkMeeting.class, Fate.KEPT),
          Map.entry(YearReport.class, Fate.KEPT),
          Map.entry(fr.reseau.ecoles.review.IndicatorTarget.class, Fate.KEPT),
          Map.entry(WorkshopDay.class, Fate.BLANKED),
          Map.entry(QuestionnaireAnswer.class, Fate.REMOVED),
          Map.entry(ConcernVote.class, Fate.REMOVED),
          Map.entry(AnimatorBriefing.class, Fate.REMOVED),
          Map.entry(Workshop.class, Fate.REMOVED),
          Map.entry(DayGroup.class, Fate.REMOVED),
          Map.entry(Participant.class, Fate.REMOVED),
          Map.entry(TeacherImpressions.class, Fate.REMOVED),
          Map.entry(Referent.class, Fate.REMOVED),
          Map.entry(WorkshopDayOutput.class, Fate.REMOVED),
          // Names, addresses and dates of the messages sent that year (never private answers).
          Map.entry(OutboxMessage.class, Fate.REMOVED),
          Map.entry(OutboxAttachment.class, Fate.REMOVED),
          Map.entry(NotificationPreference.class, Fate.PERSONAL_SETTINGS),
          Map.entry(CalendarFeed.class, Fate.PERSONAL_SETTINGS),
          // The pool of animators is the académie's directory of people who offered to animate,
          // kept across years.
          Map.entry(Animator.class, Fate.DIRECTORY),
          Map.entry(Network.class, Fate.DIRECTORY),
          Map.entry(Establishment.class, Fate.DIRECTORY),
          Map.entry(NetworkZone.class, Fate.DIRECTORY),
          // Zone steering trios and their settings: the network's current organisation, a seat
          // freed when its member leaves (territory.PilotDepartures).
          Map.entry(fr.reseau.ecoles.territory.ZonePilot.class, Fate.DIRECTORY),
          Map.entry(fr.reseau.ecoles.territory.ZoneSteering.class, Fate.DIRECTORY),
          // A trio's remarks on its zone's year, signed by the trio (no author stored), shown at
          // the meeting like its notes (NetworkMeeting).
          Map.entry(fr.reseau.ecoles.territory.ZoneReview.class, Fate.KEPT),
          // A production is published work under an open licence, its authors named by consent:
          // not school-year content, kept (withdrawn, not purged).
          Map.entry(fr.reseau.ecoles.academic.Production.class, Fate.KEPT),
          // A production's files follow their production (published work, no person's data).
          Map.entry(fr.reseau.ecoles.academic.ProductionResource.class, Fate.KEPT),
          // The academic groups and the national group's representatives: who works on what,
          // kept up to date by the administrators (PUT /api/academic-groups/…), not school-year
          // content.
          Map.entry(fr.reseau.ecoles.academic.AcademicGroup.class, Fate.DIRECTORY),
          Map.entry(fr.reseau.ecoles.academic.NationalRepresentative.class, Fate.DIRECTORY),
          // The référent's progress reports on a production: the record of a collective work,
          // kept with the production.
          Map.entry(fr.reseau.ecoles.academic.ProgressReport.class, Fate.KEPT),
          Map.entry(Member.class, Fate.DIRECTORY),
          // A person's membership of a further network (issue 19): directory, like the member.
          Map.entry(fr.reseau.ecoles.network.NetworkMembership.class, Fate.DIRECTORY),
          // A member's published practice is directory-like: kept while they are a member,
          // removed when they leave (practice.PracticeDepartures), not by the yearly purge.
          Map.entry(fr.reseau.ecoles.practice.Practice.class, Fate.DIRECTORY),
          // The event row stays (title, date, place) without its creator; who registered,
          // attended and what they said go with the school year (ActivityPurge).
          Map.entry(fr.reseau.ecoles.event.NetworkEvent.class, Fate.BLANKED),
          Map.entry(fr.reseau.ecoles.event.EventRegistration.class, Fate.REMOVED),
          Map.entry(fr.reseau.ecoles.event.EventFeedback.class, Fate.REMOVED),
          Map.entry(fr.reseau.ecoles.event.TrainingNeedRequest.class, Fate.REMOVED),
          Map.entry(fr.reseau.ecoles.cotraining.CoTrainingRequest.class, Fate.REMOVED),
          Map.entry(fr.reseau.ecoles.calendar.HolidayPeriod.class, Fate.REFERENCE));

  private RetentionScope() {}
}
