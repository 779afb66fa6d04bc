package fr.reseau.ecoles.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A network event (process {@code network-event}): what, when, where, how many places. */
@Entity
@Table(
    name = "network_event",
    indexes = @Index(name = "idx_event_network_date", columnList = "networkId, eventDate"))
public class NetworkEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Column(nullable = false)
  private String networkId;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200)
  private String title;

  @NotNull @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventKind kind;

  @NotBlank @Size(max = 40) @Column(nullable = false, length = 40)
  private String theme;

  @NotNull @Column(nullable = false)
  private LocalDate eventDate;

  @NotBlank @Size(max = 10) @Column(nullable = false, length = 10)
  private String halfDay;

  @NotBlank @Size(max = 300) @Column(nullable = false, length = 300)
  private String place;

  @Min(1) @Max(500) private int capacity;

  @Min(0) @Max(50) private int contributorSlots;

  @NotNull @Column(nullable = false)
  private LocalDate registrationDeadline;

  private Instant priorityUntil;

  @Min(0) private int priorityInvitees;

  private boolean registrationClosed;

  @Size(max = 255) private String processInstanceId;

  @Size(max = 255) private String createdBy;

  @NotNull @Column(nullable = false)
  private Instant createdAt;

  protected NetworkEvent() {}

  public NetworkEvent(
      String networkId,
      String title,
      EventKind kind,
      String theme,
      LocalDate eventDate,
      String halfDay,
      String place,
      int capacity,
      int contributorSlots,
      LocalDate registrationDeadline,
      String createdBy,
      Instant createdAt) {
    this.networkId = networkId;
    this.title = title;
    this.kind = kind;
    this.theme = theme;
    this.eventDate = eventDate;
    this.halfDay = halfDay;
    this.place = place;
    this.capacity = capacity;
    this.contributorSlots = contributorSlots;
    this.registrationDeadline = registrationDeadline;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void started(String processInstanceId, Instant priorityUntil, int priorityInvitees) {
    this.processInstanceId = processInstanceId;
    this.priorityUntil = priorityUntil;
    this.priorityInvitees = priorityInvitees;
  }

  public void closeRegistration() {
    this.registrationClosed = true;
  }

  /** The retention purge forgets who created the event; its title, date and place stay. */
  public void personalContentPurged() {
    this.createdBy = null;
  }

  /** The places of a role: participants' capacity or contributor slots. */
  public int placesFor(RegistrationRole role) {
    return role == RegistrationRole.CONTRIBUTOR ? contributorSlots : capacity;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getTitle() {
    return title;
  }

  public EventKind getKind() {
    return kind;
  }

  public String getTheme() {
    return theme;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public String getHalfDay() {
    return halfDay;
  }

  public String getPlace() {
    return place;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getContributorSlots() {
    return contributorSlots;
  }

  public LocalDate getRegistrationDeadline() {
    return registrationDeadline;
  }

  public Instant getPriorityUntil() {
    return priorityUntil;
  }

  public int getPriorityInvitees() {
    return priorityInvitees;
  }

  public boolean isRegistrationClosed() {
    return registrationClosed;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
