package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code annual-review}: open, feedback, indicators, meeting, report, next campaign.
 */
@Service
@Transactional
public class AnnualReviewService {

  static final int TEXT = 4000;

  private final AnnualReviewRepository reviews;
  private final FeedbackRepository feedbacks;
  private final YearReportRepository reports;
  private final CampaignRepository campaigns;
  private final NetworkDirectory directory;
  private final YearIndicatorsService indicators;
  private final FeedbackParticipants feedbackParticipants;

  public AnnualReviewService(
      AnnualReviewRepository reviews,
      FeedbackRepository feedbacks,
      YearReportRepository reports,
      CampaignRepository campaigns,
      NetworkDirectory directory,
      YearIndicatorsService indicators,
      FeedbackParticipants feedbackParticipants) {
    this.feedbackParticipants = feedbackParticipants;
    this.reviews = reviews;
    this.feedbacks = feedbacks;
    this.reports = reports;
    this.campaigns = campaigns;
    this.directory = directory;
    this.indicators = indicators;
  }

  public record OpenedReview(
      AnnualReview review,
      Network network,
      List<String> participants,
      List<String> participantsWithoutVisit) {}

  /** When the feedback is due, and when the reminder goes. */
  public record FeedbackDates(LocalDate due, LocalDate reminder) {}

  /**
   * The feedback is due {@code deadline} after today; the reminder goes {@code reminderBefore}
   * earlier, but never before today (a reminder longer than the deadline goes at once).
   */
  public static FeedbackDates feedbackDates(
      LocalDate today, Period deadline, Period reminderBefore) {
    LocalDate due = today.plus(deadline);
    LocalDate reminder = due.minus(reminderBefore);
    return new FeedbackDates(due, reminder.isBefore(today) ? today : reminder);
  }

  /**
   * Opens the review of a year: one per network and year. The participants asked for their feedback
   * are the year's volunteers and the people of its held visits ({@link FeedbackParticipants}).
   */
  public OpenedReview open(
      String networkId, String schoolYear, String processInstanceId, String startedBy) {
    try {
      SchoolYear.parse(schoolYear);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(AnnualReviewVariables.SCHOOL_YEAR, e.getMessage());
    }
    Network network =
        directory
            .network(networkId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        AnnualReviewVariables.Internal.NETWORK_ID,
                        "réseau inconnu « " + networkId + " »."));
    if (reviews.existsByNetworkIdAndSchoolYear(networkId, schoolYear)) {
      throw new InvalidInputException(
          AnnualReviewVariables.SCHOOL_YEAR,
          "le bilan " + schoolYear + " du réseau " + network.getName() + " est déjà ouvert.");
    }
    Optional<Campaign> campaign = campaigns.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    AnnualReview review;
    try {
      review =
          reviews.saveAndFlush(
              new AnnualReview(
                  networkId,
                  schoolYear,
                  campaign.map(Campaign::getId).orElse(null),
                  processInstanceId,
                  startedBy,
                  EngineClock.now()));
    } catch (DataIntegrityViolationException e) {
      throw new InvalidInputException(
          AnnualReviewVariables.SCHOOL_YEAR,
          "le bilan " + schoolYear + " du réseau " + network.getName() + " vient d'être ouvert.");
    }
    FeedbackParticipants.Asked asked =
        campaign
            .map(c -> feedbackParticipants.of(c.getId()))
            .orElse(new FeedbackParticipants.Asked(List.of(), List.of()));
    return new OpenedReview(
        review, network, new ArrayList<>(asked.all()), new ArrayList<>(asked.withoutVisit()));
  }

  public boolean exists(String networkId, String schoolYear) {
    return reviews.existsByNetworkIdAndSchoolYear(networkId, schoolYear);
  }

  public AnnualReview require(Long reviewId) {
    return reviews
        .findById(reviewId)
        .orElseThrow(() -> new IllegalStateException("Unknown review " + reviewId));
  }

  public void askFeedback(Long reviewId, LocalDate dueDate, int participants) {
    require(reviewId).askFeedback(dueDate, participants);
  }

  /**
   * {@code Task_GiveFeedback}: the scale and the two texts; from a volunteer whose visit did not
   * take place (known from the visits, not from the form), why, and what to change.
   */
  public Feedback giveFeedback(Long reviewId, String memberUserId, FormInput input) {
    if (!feedbackParticipants.visitHeld(require(reviewId).getCampaignId(), memberUserId)) {
      String reason = input.requiredText(AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON, TEXT);
      String changes = input.optionalText(AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES, TEXT);
      refuseSecondAnswer(reviewId, memberUserId, AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON);
      return feedbacks.save(
          Feedback.withoutVisit(reviewId, memberUserId, reason, changes, EngineClock.now()));
    }
    String scoreCode =
        input.requiredCode(
            AnnualReviewVariables.FEEDBACK_NEEDS_MET, List.of("1", "2", "3", "4", "5"));
    String practice = input.optionalText(AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES, TEXT);
    String nextYear = input.optionalText(AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES, TEXT);
    refuseSecondAnswer(reviewId, memberUserId, AnnualReviewVariables.FEEDBACK_NEEDS_MET);
    return feedbacks.save(
        new Feedback(
            reviewId,
            memberUserId,
            Integer.parseInt(scoreCode),
            practice,
            nextYear,
            EngineClock.now()));
  }

  private void refuseSecondAnswer(Long reviewId, String memberUserId, String field) {
    if (feedbacks.existsByReviewIdAndMemberUserId(reviewId, memberUserId)) {
      throw new InvalidInputException(field, "votre avis sur cette année est déjà enregistré.");
    }
  }

  /** {@code Task_CompileIndicators}: the thresholds are the task's input parameters. */
  public YearIndicators compile(Long reviewId, int groupedTrainingMinPeople, int minGroupSize) {
    if (groupedTrainingMinPeople < 1 || minGroupSize < 1) {
      throw new IllegalArgumentException(
          "groupedTrainingMinPeople and reviewMinGroupSize must be 1 or more");
    }
    AnnualReview review = require(reviewId);
    review.compiled(groupedTrainingMinPeople, minGroupSize, EngineClock.now());
    return indicators.compute(
        review.getNetworkId(), review.getSchoolYear(), groupedTrainingMinPeople, minGroupSize);
  }

  /**
   * The participants' texts, unsigned and in alphabetical order (not in the order of the answers),
   * for the coordinators preparing the meeting. Never in the report or on the page.
   */
  public List<Map<String, String>> feedbackTexts(Long reviewId) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Feedback feedback : feedbacks.findByReviewIdOrderById(reviewId)) {
      // A visit that did not take place: its reason stands where the practice changes would.
      String first =
          feedback.getNotHeldReason() != null
              ? "Visite non réalisée : " + feedback.getNotHeldReason()
              : feedback.getPracticeChanges();
      if (first != null || feedback.getNextYearChanges() != null) {
        rows.add(
            Map.of(
                "practiceChanges",
                orDash(first),
                "nextYearChanges",
                orDash(feedback.getNextYearChanges())));
      }
    }
    rows.sort(
        Comparator.comparing((Map<String, String> m) -> m.get("practiceChanges"))
            .thenComparing(m -> m.get("nextYearChanges")));
    return rows;
  }

  private static String orDash(String text) {
    return text == null ? "—" : text;
  }

  /**
   * {@code Task_ProduceReport}: the indicators as they stand, frozen; producing again replaces
   * them.
   */
  public YearReport produceReport(Long reviewId) {
    AnnualReview review = require(reviewId);
    YearIndicators content =
        indicators.compute(
            review.getNetworkId(),
            review.getSchoolYear(),
            review.getGroupedTrainingMinPeople(),
            review.getMinGroupSize());
    YearReport report =
        reports
            .findByNetworkIdAndSchoolYear(review.getNetworkId(), review.getSchoolYear())
            .orElseGet(
                () -> new YearReport(reviewId, review.getNetworkId(), review.getSchoolYear()));
    report.produce(indicators.write(content), EngineClock.now());
    review.close(EngineClock.now());
    return reports.save(report);
  }

  /**
   * Next year's settings, shifted by a year from this year's campaign, to prefill the meeting form.
   */
  public Optional<Campaign> campaign(AnnualReview review) {
    return Optional.ofNullable(review.getCampaignId()).flatMap(campaigns::findById);
  }
}
