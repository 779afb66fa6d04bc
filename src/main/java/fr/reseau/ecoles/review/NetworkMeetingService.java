package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CampaignRequest;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network meeting that closes a review ({@code Task_HoldNetworkMeeting}) and the next campaign
 * it may decide: kept apart from {@link AnnualReviewService} because its rules are those of the
 * next year's campaign, not of the year under review.
 */
@Service
@Transactional
public class NetworkMeetingService {

  private final AnnualReviewService reviews;
  private final NetworkMeetingRepository meetings;
  private final CampaignRepository campaigns;

  public NetworkMeetingService(
      AnnualReviewService reviews,
      NetworkMeetingRepository meetings,
      CampaignRepository campaigns) {
    this.reviews = reviews;
    this.meetings = meetings;
    this.campaigns = campaigns;
  }

  /**
   * {@code Task_HoldNetworkMeeting}: the decision, and next year's settings when a campaign is to
   * be started.
   */
  public NetworkMeeting holdMeeting(Long reviewId, FormInput input) {
    AnnualReview review = reviews.require(reviewId);
    LocalDate meetingDate = input.requiredDate(AnnualReviewVariables.MEETING_DATE);
    if (meetingDate.isAfter(EngineClock.today())) {
      throw new InvalidInputException(
          AnnualReviewVariables.MEETING_DATE,
          "la réunion doit avoir eu lieu : indiquez une date passée ou celle d'aujourd'hui.");
    }
    if (meetingDate.isBefore(SchoolYear.parse(review.getSchoolYear()).firstDay())) {
      throw new InvalidInputException(
          AnnualReviewVariables.MEETING_DATE,
          "la réunion de bilan se tient après le début de l'année " + review.getSchoolYear() + ".");
    }
    MeetingDecision decision =
        MeetingDecision.of(
            input.requiredCode(AnnualReviewVariables.MEETING_DECISION, MeetingDecision.codes()));
    String notes =
        input.optionalText(AnnualReviewVariables.MEETING_NOTES, AnnualReviewService.TEXT);
    Set<String> trainings =
        input.codeList(AnnualReviewVariables.REQUESTED_TRAININGS, Theme.codes());
    boolean startNext = input.optionalBoolean(AnnualReviewVariables.START_NEXT_CAMPAIGN, false);
    if (startNext && decision == MeetingDecision.STOP) {
      throw new InvalidInputException(
          AnnualReviewVariables.START_NEXT_CAMPAIGN,
          "la réunion a décidé d'arrêter l'action : aucune campagne ne peut être lancée.");
    }
    NetworkMeeting meeting = meetings.findByReviewId(reviewId).orElse(null);
    if (meeting != null) {
      throw new InvalidInputException(
          AnnualReviewVariables.MEETING_DATE, "la réunion de ce bilan est déjà enregistrée.");
    }
    meeting =
        new NetworkMeeting(reviewId, meetingDate, decision, notes, trainings, EngineClock.now());
    if (startNext) {
      CampaignRequest next = nextCampaign(review.getNetworkId(), input);
      if (campaigns.existsByNetworkIdAndSchoolYear(review.getNetworkId(), next.schoolYear())) {
        throw new InvalidInputException(
            AnnualReviewVariables.NEXT_SCHOOL_YEAR,
            "une campagne " + next.schoolYear() + " existe déjà pour ce réseau.");
      }
      if (next.volunteeringDeadline().isBefore(EngineClock.today())) {
        throw new InvalidInputException(
            AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE,
            "la date limite de volontariat est déjà passée.");
      }
      meeting.nextCampaign(
          next.schoolYear(),
          next.volunteeringDeadline(),
          next.visitWindowStart(),
          next.visitWindowEnd());
    }
    return meetings.save(meeting);
  }

  /** The next campaign's settings, checked by the rules of the campaign's own start form. */
  private static CampaignRequest nextCampaign(String networkId, FormInput input) {
    Map<String, String> fields =
        Map.of(
            AnnualReviewVariables.SCHOOL_YEAR,
            AnnualReviewVariables.NEXT_SCHOOL_YEAR,
            CdiTourVariables.VOLUNTEERING_DEADLINE,
            AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE,
            CdiTourVariables.VISIT_WINDOW_START,
            AnnualReviewVariables.NEXT_VISIT_WINDOW_START,
            CdiTourVariables.VISIT_WINDOW_END,
            AnnualReviewVariables.NEXT_VISIT_WINDOW_END);
    FormInput renamed =
        FormInput.of(
            name ->
                name.equals(AnnualReviewVariables.Internal.NETWORK_ID)
                    ? networkId
                    : input.raw(fields.get(name)),
            (n, v) -> {});
    try {
      return CampaignRequest.read(renamed);
    } catch (InvalidInputException e) {
      String field = fields.getOrDefault(e.getField(), e.getField());
      String message = e.getMessage().substring(e.getMessage().indexOf(" : ") + 3);
      throw new InvalidInputException(field, message);
    }
  }

  public NetworkMeeting meeting(Long reviewId) {
    return meetings
        .findByReviewId(reviewId)
        .orElseThrow(() -> new IllegalStateException("No meeting for " + reviewId));
  }

  public void nextCampaignStarted(Long reviewId, String processInstanceId) {
    meeting(reviewId).nextCampaignStarted(processInstanceId);
  }
}
