package fr.reseau.ecoles.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/** One visit visitor → host of a school year: one {@code cdi-visit} process instance. */
@Entity
@Table(
    name = "visit",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_visit_pair_year",
            columnNames = {"networkId", "schoolYear", "visitorUserId", "hostUserId"}),
    indexes = {
      @Index(name = "idx_visit_campaign", columnList = "campaignId"),
      @Index(name = "idx_visit_network", columnList = "networkId, schoolYear")
    })
public class Visit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null for a visit started on its own, outside a campaign. */
  private Long campaignId;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  @Column(nullable = false)
  private String visitorUserId;

  @Column(nullable = false)
  private String hostUserId;

  private String visitorEstablishmentCode;
  private String hostEstablishmentCode;
  private Double distanceKm;

  @Column(length = 1000)
  private String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VisitStatus status;

  private LocalDate visitWindowStart;
  private LocalDate visitWindowEnd;
  private LocalDate visitDate;

  /**
   * The earliest career appraisal (PPCR) date of the two teachers after the window opens: the
   * window then ends the day before it ({@link #boundByPpcr}).
   */
  private LocalDate ppcrDate;

  private String visitHalfDay;
  private String missionOrderRef;

  @Column(length = 1000)
  private String cancelReason;

  private String processInstanceId;

  @Column(nullable = false)
  private Instant plannedAt;

  private Instant dateAgreedAt;
  private Instant heldConfirmedAt;
  private Instant completedAt;
  private Instant cancelledAt;

  /**
   * The iCalendar SEQUENCE of the invitation sent for this visit (null: none sent yet), and the
   * date and half-day it announced: a later agreement on another date raises it.
   */
  private Integer calendarSequence;

  private LocalDate calendarDate;
  private String calendarHalfDay;

  protected Visit() {}

  public Visit(
      Long campaignId,
      String networkId,
      String schoolYear,
      String visitorUserId,
      String hostUserId,
      String visitorEstablishmentCode,
      String hostEstablishmentCode,
      Double distanceKm,
      String reasons,
      LocalDate visitWindowStart,
      LocalDate visitWindowEnd,
      Instant plannedAt) {
    this.campaignId = campaignId;
    this.networkId = networkId;
    this.schoolYear = schoolYear;
    this.visitorUserId = visitorUserId;
    this.hostUserId = hostUserId;
    this.visitorEstablishmentCode = visitorEstablishmentCode;
    this.hostEstablishmentCode = hostEstablishmentCode;
    this.distanceKm = distanceKm;
    this.reasons = reasons;
    this.visitWindowStart = visitWindowStart;
    this.visitWindowEnd = visitWindowEnd;
    this.status = VisitStatus.PLANNED;
    this.plannedAt = plannedAt;
  }

  public String businessKey() {
    return "cdi-visit:" + networkId + ":" + schoolYear + ":" + visitorUserId + ":" + hostUserId;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /**
   * The visit prepares a career appraisal on that date: its window ends the day before (never
   * before it starts), and its reasons say why.
   */
  public void boundByPpcr(LocalDate appraisal, String reason) {
    this.ppcrDate = appraisal;
    LocalDate dayBefore = appraisal.minusDays(1);
    if (dayBefore.isBefore(visitWindowEnd)) {
      this.visitWindowEnd = dayBefore;
    }
    String joined = reasons == null || reasons.isBlank() ? reason : reasons + " ; " + reason;
    this.reasons = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
  }

  /** A proposed date replaces the previous one; the visit is back to "planned" until accepted. */
  public void proposeDate(LocalDate date, String halfDay) {
    this.visitDate = date;
    this.visitHalfDay = halfDay;
    this.status = VisitStatus.PLANNED;
  }

  /** What an agreement means for the calendars of the people of the visit. */
  public enum CalendarChange {
    /** The first agreed date: an invitation (SEQUENCE 0). */
    FIRST,
    /** Another date than the one announced: an updated invitation (SEQUENCE raised). */
    CHANGED,
    /** The date announced before, agreed again: nothing to tell. */
    NONE
  }

  public CalendarChange agreeDate(Instant at) {
    this.status = VisitStatus.DATE_AGREED;
    this.dateAgreedAt = at;
    CalendarChange change;
    if (calendarSequence == null) {
      calendarSequence = 0;
      change = CalendarChange.FIRST;
    } else if (!java.util.Objects.equals(calendarDate, visitDate)
        || !java.util.Objects.equals(calendarHalfDay, visitHalfDay)) {
      calendarSequence++;
      change = CalendarChange.CHANGED;
    } else {
      change = CalendarChange.NONE;
    }
    calendarDate = visitDate;
    calendarHalfDay = visitHalfDay;
    return change;
  }

  public void signMissionOrder(String reference) {
    this.missionOrderRef = reference;
    this.status = VisitStatus.MISSION_ORDER_SIGNED;
  }

  public void backToPlanning() {
    this.status = VisitStatus.PLANNED;
  }

  public void confirmHeld(Instant at) {
    this.status = VisitStatus.HELD;
    this.heldConfirmedAt = at;
  }

  public void complete(Instant at) {
    this.status = VisitStatus.COMPLETED;
    this.completedAt = at;
  }

  /**
   * Cancels the visit; true when an invitation had been sent, whose cancellation (SEQUENCE raised)
   * the calendars must receive.
   */
  public boolean cancel(String reason, Instant at) {
    this.status = VisitStatus.CANCELLED;
    this.cancelReason = reason;
    this.cancelledAt = at;
    if (calendarSequence == null) {
      return false;
    }
    calendarSequence++;
    return true;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public String getVisitorUserId() {
    return visitorUserId;
  }

  public String getHostUserId() {
    return hostUserId;
  }

  public String getVisitorEstablishmentCode() {
    return visitorEstablishmentCode;
  }

  public String getHostEstablishmentCode() {
    return hostEstablishmentCode;
  }

  public Double getDistanceKm() {
    return distanceKm;
  }

  public String getReasons() {
    return reasons;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public LocalDate getVisitWindowStart() {
    return visitWindowStart;
  }

  public LocalDate getVisitWindowEnd() {
    return visitWindowEnd;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public LocalDate getPpcrDate() {
    return ppcrDate;
  }

  public String getVisitHalfDay() {
    return visitHalfDay;
  }

  public String getMissionOrderRef() {
    return missionOrderRef;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public Instant getDateAgreedAt() {
    return dateAgreedAt;
  }

  public Instant getHeldConfirmedAt() {
    return heldConfirmedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Integer getCalendarSequence() {
    return calendarSequence;
  }

  public LocalDate getCalendarDate() {
    return calendarDate;
  }

  public String getCalendarHalfDay() {
    return calendarHalfDay;
  }
}
