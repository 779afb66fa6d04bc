package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One workshop day of a school or group of schools (« Temps 2 »), from the questionnaire to the
 * published outputs.
 */
@Entity
@Table(
    name = "workshop_day",
    indexes = @Index(name = "idx_workshop_day_networkid", columnList = "networkId"))
public class WorkshopDay {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Column(nullable = false)
  private String networkId;

  private String processInstanceId;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200)
  private String title;

  @Size(max = 500) @Column(length = 500)
  private String establishments;

  @NotNull @Column(nullable = false)
  private LocalDate dayDate;

  @NotNull @Size(min = 9, max = 9) @Column(nullable = false, length = 9)
  private String schoolYear;

  @NotBlank @Column(nullable = false)
  private String concernSource;

  /** With {@code networkSummary}: the school year of the published summary the needs come from. */
  @Size(max = 9) @Column(length = 9)
  private String summarySchoolYear;

  /** The summary's grouped needs proposed as the day's concerns, joined by {@code |}. */
  @Size(max = 2000) @Column(length = 2000)
  private String proposedConcerns;

  @Enumerated(EnumType.STRING)
  @NotNull @Column(nullable = false)
  private WorkshopDayStatus status;

  @Size(max = 2000) @Column(length = 2000)
  private String chosenConcerns;

  private int validationRound;

  @Min(1) private Integer slotCount;

  @Size(max = 500) @Column(length = 500)
  private String slotTimes;

  @Min(1) private Integer freeChoiceSlot;

  private String groupingScore;
  private String pathScore;
  private String startedBy;

  @NotNull @Column(nullable = false)
  private Instant createdAt;

  private Instant publishedAt;

  /**
   * The solver's unmet wishes and unplaced teachers, for the project team's review (names: not a
   * process variable).
   */
  @Size(max = 8000) @Column(length = 8000)
  private String planningNotes;

  private java.time.LocalDate participantsBriefedOn;

  @Size(max = 300) @Column(length = 300)
  private String participantsBriefingTopics;

  @Size(max = 4000) @Column(length = 4000)
  private String participantsBriefingNotes;

  /** Set when the retention period removed the day's personal content (docs/retention.md). */
  private Instant personalContentPurgedAt;

  /** The slots a day has until the team says otherwise. */
  static final int DEFAULT_SLOT_COUNT = 3;

  protected WorkshopDay() {}

  /** A day being prepared: what the start form gives, and who started it (null: the system). */
  public WorkshopDay(
      String networkId,
      String title,
      String establishments,
      LocalDate dayDate,
      String schoolYear,
      String concernSource,
      String startedBy,
      String processInstanceId,
      Instant createdAt) {
    this.networkId = Objects.requireNonNull(networkId, "networkId");
    this.title = Objects.requireNonNull(title, "title");
    this.establishments = establishments;
    this.dayDate = Objects.requireNonNull(dayDate, "dayDate");
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.concernSource = Objects.requireNonNull(concernSource, "concernSource");
    this.startedBy = startedBy;
    this.processInstanceId = processInstanceId;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = WorkshopDayStatus.PREPARING;
  }

  /** Task_ChooseConcerns: the concerns chosen open a new round of validation. */
  public void concernsChosen(String concerns) {
    this.chosenConcerns = Objects.requireNonNull(concerns, "concerns");
    this.validationRound++;
  }

  /** Task_PlanWorkshops: the day's slots; the free-choice slot, if any, is one of them. */
  public void workshopsPlanned(int slotCount, String slotTimes, Integer freeChoiceSlot) {
    if (slotCount < 1
        || freeChoiceSlot != null && (freeChoiceSlot < 1 || freeChoiceSlot > slotCount)) {
      throw new IllegalArgumentException(
          "slots " + slotCount + ", free-choice slot " + freeChoiceSlot + ": not a day's plan");
    }
    this.slotCount = slotCount;
    this.slotTimes = slotTimes;
    this.freeChoiceSlot = freeChoiceSlot;
  }

  /** Task_FormGroups: the grouping's score and what the team should look at. */
  public void groupsFormed(String score, String notes) {
    this.groupingScore = score;
    this.planningNotes = notes;
  }

  /** Task_PlanPaths: the paths' score and what the team should look at. */
  public void pathsPlanned(String score, String notes) {
    this.pathScore = score;
    this.planningNotes = notes;
  }

  /** Task_SendInvitations: refused once the day is held. */
  public void invitationsSent() {
    if (status == WorkshopDayStatus.HELD || status == WorkshopDayStatus.PUBLISHED) {
      throw new IllegalStateException("workshop day " + id + " is already " + status);
    }
    this.status = WorkshopDayStatus.INVITED;
  }

  /** Task_PublishOutputs: the day's files are out. */
  public void published(Instant at) {
    this.status = WorkshopDayStatus.PUBLISHED;
    this.publishedAt = Objects.requireNonNull(at, "at");
  }

  /** The retention period is over: the day's content was removed; who started it is forgotten. */
  public void personalContentPurged(Instant at) {
    this.startedBy = null;
    this.planningNotes = null;
    this.participantsBriefingNotes = null;
    this.personalContentPurgedAt = at;
  }

  public String getPlanningNotes() {
    return planningNotes;
  }

  /** Task_BriefParticipants: when the team presented the day, what it covered, its notes. */
  public void participantsBriefed(java.time.LocalDate on, String topics, String notes) {
    this.participantsBriefedOn = on;
    this.participantsBriefingTopics = topics;
    this.participantsBriefingNotes = notes;
  }

  public java.time.LocalDate getParticipantsBriefedOn() {
    return participantsBriefedOn;
  }

  public Instant getPersonalContentPurgedAt() {
    return personalContentPurgedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTitle() {
    return title;
  }

  public String getEstablishments() {
    return establishments;
  }

  public LocalDate getDayDate() {
    return dayDate;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public String getConcernSource() {
    return concernSource;
  }

  /** The day's concerns come from that published network summary, which proposes them. */
  public void proposedBySummary(String schoolYear, String concerns) {
    this.summarySchoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.proposedConcerns = Objects.requireNonNull(concerns, "concerns");
  }

  public String getSummarySchoolYear() {
    return summarySchoolYear;
  }

  public String getProposedConcerns() {
    return proposedConcerns;
  }

  public WorkshopDayStatus getStatus() {
    return status;
  }

  public String getChosenConcerns() {
    return chosenConcerns;
  }

  public int getValidationRound() {
    return validationRound;
  }

  public Integer getSlotCount() {
    return slotCount;
  }

  /** The slots to offer the team in Task_PlanWorkshops: theirs once planned, else three. */
  public int slotCountToPlan() {
    return slotCount == null ? DEFAULT_SLOT_COUNT : slotCount;
  }

  public String getSlotTimes() {
    return slotTimes;
  }

  public Integer getFreeChoiceSlot() {
    return freeChoiceSlot;
  }

  public String getGroupingScore() {
    return groupingScore;
  }

  public String getPathScore() {
    return pathScore;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
