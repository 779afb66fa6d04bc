package fr.reseau.ecoles.review;

import fr.reseau.ecoles.volunteering.CodeSetConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The network meeting of the review ({@code Task_HoldNetworkMeeting}): its date, the decision, the
 * grouped trainings to request and, when the action goes on, next year's campaign settings. The
 * network's record of its decision, kept with the report.
 */
@Entity
@Table(
    name = "network_meeting",
    uniqueConstraints = @UniqueConstraint(name = "uk_meeting_review", columnNames = "reviewId"))
public class NetworkMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long reviewId;

  @Column(nullable = false)
  private LocalDate meetingDate;

  /** {@code continue}, {@code adjust} or {@code stop} (see {@link MeetingDecision}). */
  @Column(nullable = false)
  private String decision;

  @Column(length = 4000)
  private String decisionNotes;

  @Convert(converter = CodeSetConverter.class)
  private Set<String> requestedTrainings = new LinkedHashSet<>();

  private boolean startNextCampaign;

  @Column(length = 9)
  private String nextSchoolYear;

  private LocalDate nextVolunteeringDeadline;
  private LocalDate nextVisitWindowStart;
  private LocalDate nextVisitWindowEnd;
  private String nextCampaignProcessInstanceId;
  private Instant recordedAt;

  protected NetworkMeeting() {}

  public NetworkMeeting(
      Long reviewId,
      LocalDate meetingDate,
      MeetingDecision decision,
      String decisionNotes,
      Set<String> requestedTrainings,
      Instant recordedAt) {
    this.reviewId = reviewId;
    this.meetingDate = meetingDate;
    this.decision = decision.code();
    this.decisionNotes = decisionNotes;
    this.requestedTrainings = new LinkedHashSet<>(requestedTrainings);
    this.recordedAt = recordedAt;
  }

  public void nextCampaign(
      String schoolYear,
      LocalDate volunteeringDeadline,
      LocalDate visitWindowStart,
      LocalDate visitWindowEnd) {
    this.startNextCampaign = true;
    this.nextSchoolYear = schoolYear;
    this.nextVolunteeringDeadline = volunteeringDeadline;
    this.nextVisitWindowStart = visitWindowStart;
    this.nextVisitWindowEnd = visitWindowEnd;
  }

  public void nextCampaignStarted(String processInstanceId) {
    this.nextCampaignProcessInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public MeetingDecision getDecision() {
    return MeetingDecision.of(decision);
  }

  public String getDecisionNotes() {
    return decisionNotes;
  }

  public Set<String> getRequestedTrainings() {
    return requestedTrainings;
  }

  public boolean isStartNextCampaign() {
    return startNextCampaign;
  }

  public String getNextSchoolYear() {
    return nextSchoolYear;
  }

  public LocalDate getNextVolunteeringDeadline() {
    return nextVolunteeringDeadline;
  }

  public LocalDate getNextVisitWindowStart() {
    return nextVisitWindowStart;
  }

  public LocalDate getNextVisitWindowEnd() {
    return nextVisitWindowEnd;
  }

  public String getNextCampaignProcessInstanceId() {
    return nextCampaignProcessInstanceId;
  }
}
