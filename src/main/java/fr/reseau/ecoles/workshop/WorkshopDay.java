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
import java.time.Instant;
import java.time.LocalDate;

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

  @Column(nullable = false)
  private String networkId;

  private String processInstanceId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 500)
  private String establishments;

  @Column(nullable = false)
  private LocalDate dayDate;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  @Column(nullable = false)
  private String concernSource;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkshopDayStatus status;

  @Column(length = 2000)
  private String chosenConcerns;

  private int validationRound;
  private Integer slotCount;

  @Column(length = 500)
  private String slotTimes;

  private Integer freeChoiceSlot;
  private String groupingScore;
  private String pathScore;
  private String startedBy;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant publishedAt;

  /**
   * The solver's unmet wishes and unplaced teachers, for the project team's review (names: not a
   * process variable).
   */
  @Column(length = 8000)
  private String planningNotes;

  private java.time.LocalDate participantsBriefedOn;

  @Column(length = 300)
  private String participantsBriefingTopics;

  @Column(length = 4000)
  private String participantsBriefingNotes;

  /** Set when the retention period removed the day's personal content (docs/retention.md). */
  private Instant personalContentPurgedAt;

  protected WorkshopDay() {}

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

  public void setPlanningNotes(String planningNotes) {
    this.planningNotes = planningNotes;
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

  public void setNetworkId(String networkId) {
    this.networkId = networkId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setEstablishments(String establishments) {
    this.establishments = establishments;
  }

  public void setDayDate(LocalDate dayDate) {
    this.dayDate = dayDate;
  }

  public void setSchoolYear(String schoolYear) {
    this.schoolYear = schoolYear;
  }

  public void setConcernSource(String concernSource) {
    this.concernSource = concernSource;
  }

  public void setStatus(WorkshopDayStatus status) {
    this.status = status;
  }

  public void setChosenConcerns(String chosenConcerns) {
    this.chosenConcerns = chosenConcerns;
  }

  public void setValidationRound(int validationRound) {
    this.validationRound = validationRound;
  }

  public void setSlotCount(Integer slotCount) {
    this.slotCount = slotCount;
  }

  public void setSlotTimes(String slotTimes) {
    this.slotTimes = slotTimes;
  }

  public void setFreeChoiceSlot(Integer freeChoiceSlot) {
    this.freeChoiceSlot = freeChoiceSlot;
  }

  public void setGroupingScore(String groupingScore) {
    this.groupingScore = groupingScore;
  }

  public void setPathScore(String pathScore) {
    this.pathScore = pathScore;
  }

  public void setStartedBy(String startedBy) {
    this.startedBy = startedBy;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }
}
