package fr.reseau.ecoles.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The annual review (« bilan ») of a network's school year: one {@code annual-review} instance.
 * Holds the settings the indicators were compiled with; the indicators themselves are computed from
 * the business data, and frozen in the {@link YearReport}.
 */
@Entity
@Table(
    name = "annual_review",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_review_network_year",
            columnNames = {"networkId", "schoolYear"}))
public class AnnualReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  /** The year's {@code cdi-tour} campaign, when there was one. */
  private Long campaignId;

  private String processInstanceId;

  /**
   * Who started it from Tasklist; null when the end of the campaign started it. Blanked by the
   * purge.
   */
  private String startedBy;

  @Column(nullable = false)
  private Instant startedAt;

  private LocalDate feedbackDueDate;
  private int participantsAsked;
  private int groupedTrainingMinPeople = 3;
  private int minGroupSize = 3;
  private Instant indicatorsCompiledAt;
  private Instant closedAt;

  /**
   * The network meeting as planned by the coordinators, for the invitations (Europe/Paris local
   * times); its iCalendar SEQUENCE, raised at each new plan. The date held is NetworkMeeting's.
   */
  private java.time.LocalDateTime meetingStartsAt;

  private java.time.LocalDateTime meetingEndsAt;

  @Column(length = 500)
  private String meetingPlace;

  private Integer meetingSequence;

  protected AnnualReview() {}

  public AnnualReview(
      String networkId,
      String schoolYear,
      Long campaignId,
      String processInstanceId,
      String startedBy,
      Instant startedAt) {
    this.networkId = networkId;
    this.schoolYear = schoolYear;
    this.campaignId = campaignId;
    this.processInstanceId = processInstanceId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public void askFeedback(LocalDate dueDate, int participants) {
    this.feedbackDueDate = dueDate;
    this.participantsAsked = participants;
  }

  public void compiled(int groupedTrainingMinPeople, int minGroupSize, Instant at) {
    this.groupedTrainingMinPeople = groupedTrainingMinPeople;
    this.minGroupSize = minGroupSize;
    this.indicatorsCompiledAt = at;
  }

  /** Plans (or re-plans) the meeting; returns the invitation's sequence, 0 the first time. */
  public int planMeeting(
      java.time.LocalDateTime startsAt, java.time.LocalDateTime endsAt, String place) {
    this.meetingStartsAt = startsAt;
    this.meetingEndsAt = endsAt;
    this.meetingPlace = place;
    this.meetingSequence = meetingSequence == null ? 0 : meetingSequence + 1;
    return meetingSequence;
  }

  public java.time.LocalDateTime getMeetingStartsAt() {
    return meetingStartsAt;
  }

  public java.time.LocalDateTime getMeetingEndsAt() {
    return meetingEndsAt;
  }

  public String getMeetingPlace() {
    return meetingPlace;
  }

  public Integer getMeetingSequence() {
    return meetingSequence;
  }

  public void close(Instant at) {
    this.closedAt = at;
  }

  public void personalContentPurged() {
    this.startedBy = null;
  }

  public String businessKey() {
    return businessKey(networkId, schoolYear);
  }

  public static String businessKey(String networkId, String schoolYear) {
    return "annual-review:" + networkId + ":" + schoolYear;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDate getFeedbackDueDate() {
    return feedbackDueDate;
  }

  public int getParticipantsAsked() {
    return participantsAsked;
  }

  public int getGroupedTrainingMinPeople() {
    return groupedTrainingMinPeople;
  }

  public int getMinGroupSize() {
    return minGroupSize;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
