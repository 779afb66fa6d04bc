package fr.reseau.ecoles.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/** One yearly round of peer visits of a network: one {@code cdi-tour} process instance. */
@Entity
@Table(
    name = "campaign",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_campaign_network_year",
            columnNames = {"networkId", "schoolYear"}))
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  @Column(nullable = false)
  private LocalDate volunteeringDeadline;

  @Column(nullable = false)
  private LocalDate visitWindowStart;

  @Column(nullable = false)
  private LocalDate visitWindowEnd;

  private String processInstanceId;
  private String openedBy;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant reminderRecordedAt;
  private Integer reminderPendingCount;
  private Instant volunteeringClosedAt;

  /** The latest pairing proposal (JSON), as computed by the server: what an approval plans. */
  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(length = org.hibernate.Length.LONG32)
  private String proposalJson;

  /** When the personal content of the campaign was removed (data-retention); null until then. */
  private Instant personalContentPurgedAt;

  protected Campaign() {}

  public Campaign(
      String networkId,
      String schoolYear,
      LocalDate volunteeringDeadline,
      LocalDate visitWindowStart,
      LocalDate visitWindowEnd,
      String processInstanceId,
      String openedBy,
      Instant openedAt) {
    this.networkId = networkId;
    this.schoolYear = schoolYear;
    this.volunteeringDeadline = volunteeringDeadline;
    this.visitWindowStart = visitWindowStart;
    this.visitWindowEnd = visitWindowEnd;
    this.processInstanceId = processInstanceId;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
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

  public LocalDate getVolunteeringDeadline() {
    return volunteeringDeadline;
  }

  public LocalDate getVisitWindowStart() {
    return visitWindowStart;
  }

  public LocalDate getVisitWindowEnd() {
    return visitWindowEnd;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getReminderRecordedAt() {
    return reminderRecordedAt;
  }

  public Integer getReminderPendingCount() {
    return reminderPendingCount;
  }

  public Instant getVolunteeringClosedAt() {
    return volunteeringClosedAt;
  }

  public void recordReminder(Instant at, int pendingCount) {
    this.reminderRecordedAt = at;
    this.reminderPendingCount = pendingCount;
  }

  public void recordProposal(String proposalJson) {
    this.proposalJson = proposalJson;
  }

  public String getProposalJson() {
    return proposalJson;
  }

  public Instant getPersonalContentPurgedAt() {
    return personalContentPurgedAt;
  }

  /**
   * The campaign keeps its dates and counts; the proposal (names of every volunteer) and who opened
   * it go with the rest of the school year's personal content.
   */
  public void personalContentPurged(Instant at) {
    this.proposalJson = null;
    this.openedBy = null;
    this.personalContentPurgedAt = at;
  }

  public void closeVolunteering(Instant at) {
    this.volunteeringClosedAt = at;
  }

  public String businessKey() {
    return businessKey(networkId, schoolYear);
  }

  public static String businessKey(String networkId, String schoolYear) {
    return "cdi-tour:" + networkId + ":" + schoolYear;
  }
}
