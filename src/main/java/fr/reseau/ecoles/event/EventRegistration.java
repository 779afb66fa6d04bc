package fr.reseau.ecoles.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One member's registration to an event: role, place (registered, waiting, cancelled), the
 * contributor's ordre de mission, and attendance as recorded by the coordinator.
 */
@Entity
@Table(
    name = "event_registration",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_registration_event_member",
            columnNames = {"eventId", "memberUserId"}))
public class EventRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long eventId;

  @NotBlank @Column(nullable = false)
  private String memberUserId;

  @NotNull @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RegistrationRole role;

  @NotNull @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RegistrationStatus status;

  /** Expressed the need the event answers: invited first. */
  private boolean priority;

  @Size(max = 1000) @Column(length = 1000)
  private String contribution;

  @NotNull @Column(nullable = false)
  private Instant registeredAt;

  private Instant statusChangedAt;

  /** Null: not asked (participant) or not answered yet; true signed, false refused. */
  private Boolean missionOrderSigned;

  @Size(max = 100) @Column(length = 100)
  private String missionOrderRef;

  @Size(max = 4000) @Column(length = 4000)
  private String missionOrderRefusalReason;

  private String missionOrderSignerUserId;
  private Instant missionOrderAnsweredAt;

  /** Null until the coordinator records attendance. */
  private Boolean attended;

  protected EventRegistration() {}

  public EventRegistration(
      Long eventId,
      String memberUserId,
      RegistrationRole role,
      RegistrationStatus status,
      boolean priority,
      String contribution,
      Instant at) {
    this.eventId = eventId;
    this.memberUserId = memberUserId;
    this.role = role;
    this.status = status;
    this.priority = priority;
    this.contribution = contribution;
    this.registeredAt = at;
    this.statusChangedAt = at;
  }

  public void moveTo(RegistrationStatus status, Instant at) {
    this.status = status;
    this.statusChangedAt = at;
  }

  public void answerMissionOrder(
      boolean signed, String reference, String refusalReason, String signer, Instant at) {
    this.missionOrderSigned = signed;
    this.missionOrderRef = signed ? reference : null;
    this.missionOrderRefusalReason = signed ? null : refusalReason;
    this.missionOrderSignerUserId = signer;
    this.missionOrderAnsweredAt = at;
  }

  public void recordAttendance(boolean present) {
    this.attended = present;
  }

  public Long getId() {
    return id;
  }

  public Long getEventId() {
    return eventId;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  public RegistrationRole getRole() {
    return role;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public boolean isPriority() {
    return priority;
  }

  public String getContribution() {
    return contribution;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Boolean getMissionOrderSigned() {
    return missionOrderSigned;
  }

  public String getMissionOrderRef() {
    return missionOrderRef;
  }

  public String getMissionOrderRefusalReason() {
    return missionOrderRefusalReason;
  }

  public String getMissionOrderSignerUserId() {
    return missionOrderSignerUserId;
  }

  public Instant getMissionOrderAnsweredAt() {
    return missionOrderAnsweredAt;
  }

  public Boolean getAttended() {
    return attended;
  }
}
