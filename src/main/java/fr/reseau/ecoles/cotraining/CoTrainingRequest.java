package fr.reseau.ecoles.cotraining;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A co-training request (« atelier de mutualisation »): a team's motivated project, its head of
 * school's answer and the coordinators' scheduling. Lists are stored as comma-separated codes.
 */
@Entity
@Table(
    name = "co_training_request",
    indexes = {
      @Index(name = "idx_co_training_request_network", columnList = "networkId"),
      @Index(name = "idx_co_training_request_requester", columnList = "requesterUserId")
    })
public class CoTrainingRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Size(max = 100) @Column(nullable = false, length = 100)
  private String networkId;

  @Size(max = 64) @Column(length = 64)
  private String processInstanceId;

  @NotNull @Size(max = 100) @Column(nullable = false, length = 100)
  private String requesterUserId;

  @NotNull @Size(max = 20) @Column(nullable = false, length = 20)
  private String establishmentCode;

  @NotNull @Size(max = 100) @Column(nullable = false, length = 100)
  private String headUserId;

  @NotNull @Size(max = 200) @Column(nullable = false, length = 200)
  private String title;

  @NotNull @Size(max = 50) @Column(nullable = false, length = 50)
  private String theme;

  @NotNull @Size(max = 4000) @Column(nullable = false, length = 4000)
  private String motivation;

  @Size(max = 4000) @Column(length = 4000)
  private String participants;

  @Size(max = 100) @Column(length = 100)
  private String wishedDates;

  @Size(max = 50) @Column(length = 50)
  private String slot;

  @Size(max = 20) @Column(length = 20)
  private String expert;

  @Size(max = 200) @Column(length = 200)
  private String expertOther;

  @NotNull @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CoTrainingStatus status;

  @Size(max = 2000) @Column(length = 2000)
  private String headComment;

  private Instant headAnsweredAt;

  private LocalDate scheduledDate;

  @Size(max = 300) @Column(length = 300)
  private String venue;

  @Size(max = 300) @Column(length = 300)
  private String expertConfirmed;

  @Size(max = 100) @Column(length = 100)
  private String coordinatorUserId;

  @Size(max = 2000) @Column(length = 2000)
  private String refusalReason;

  @NotNull @Column(nullable = false)
  private Instant createdAt;

  protected CoTrainingRequest() {}

  public CoTrainingRequest(
      String networkId,
      String requesterUserId,
      String establishmentCode,
      String headUserId,
      String title,
      String theme,
      String motivation,
      Instant createdAt) {
    this.networkId = networkId;
    this.requesterUserId = requesterUserId;
    this.establishmentCode = establishmentCode;
    this.headUserId = headUserId;
    this.title = title;
    this.theme = theme;
    this.motivation = motivation;
    this.createdAt = createdAt;
    this.status = CoTrainingStatus.DESCRIBING;
  }

  /** The team's description; sent to the head of school. */
  void described(
      List<String> participants,
      List<LocalDate> wishedDates,
      String slot,
      String expert,
      String expertOther,
      String motivation) {
    this.participants = String.join(",", participants);
    this.wishedDates = String.join(",", wishedDates.stream().map(LocalDate::toString).toList());
    this.slot = slot;
    this.expert = expert;
    this.expertOther = expertOther;
    this.motivation = motivation;
    this.status = CoTrainingStatus.WAITING_FOR_HEAD;
  }

  void headAnswered(CoTrainingStatus next, String comment, Instant at) {
    this.status = next;
    this.headComment = comment;
    this.headAnsweredAt = at;
  }

  void scheduled(LocalDate date, String slot, String venue, String expertConfirmed, String by) {
    this.scheduledDate = date;
    this.slot = slot;
    this.venue = venue;
    this.expertConfirmed = expertConfirmed;
    this.coordinatorUserId = by;
    this.status = CoTrainingStatus.SCHEDULED;
  }

  void refusedByCoordinators(String reason, String by) {
    this.refusalReason = reason;
    this.coordinatorUserId = by;
    this.status = CoTrainingStatus.REFUSED_BY_COORDINATORS;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
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

  public String getRequesterUserId() {
    return requesterUserId;
  }

  public String getEstablishmentCode() {
    return establishmentCode;
  }

  public String getHeadUserId() {
    return headUserId;
  }

  public String getTitle() {
    return title;
  }

  public String getTheme() {
    return theme;
  }

  public String getMotivation() {
    return motivation;
  }

  /** Member user ids, the requester first. */
  public List<String> getParticipants() {
    return split(participants);
  }

  public List<LocalDate> getWishedDates() {
    return split(wishedDates).stream().map(LocalDate::parse).toList();
  }

  public String getSlot() {
    return slot;
  }

  public String getExpert() {
    return expert;
  }

  public String getExpertOther() {
    return expertOther;
  }

  public CoTrainingStatus getStatus() {
    return status;
  }

  public String getHeadComment() {
    return headComment;
  }

  public Instant getHeadAnsweredAt() {
    return headAnsweredAt;
  }

  public LocalDate getScheduledDate() {
    return scheduledDate;
  }

  public String getVenue() {
    return venue;
  }

  public String getExpertConfirmed() {
    return expertConfirmed;
  }

  public String getCoordinatorUserId() {
    return coordinatorUserId;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
