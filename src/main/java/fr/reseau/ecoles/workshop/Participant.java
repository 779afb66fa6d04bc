package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/** A teacher of the day: their group, free choice and invitation. */
@Entity
@Table(
    name = "workshop_participant",
    indexes = @Index(name = "idx_workshop_participant_workshopdayid", columnList = "workshopDayId"))
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String teacherUserId;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String displayName;

  @Size(max = 255) private String groupCode;

  @Size(max = 255) private String freeChoiceWorkshopCode;

  @Size(max = 4000) @Column(length = 4000)
  private String invitation;

  private Instant invitedAt;

  protected Participant() {}

  /** A teacher of the day, in group {@code groupCode} (null: not placed in a group). */
  public Participant(
      Long workshopDayId, String teacherUserId, String displayName, String groupCode) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.teacherUserId = Objects.requireNonNull(teacherUserId, "teacherUserId");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.groupCode = groupCode;
  }

  /** Task_ReviewGroupsAndPaths: the team moved the teacher to another group. */
  public void movedTo(String groupCode) {
    this.groupCode = Objects.requireNonNull(groupCode, "groupCode");
  }

  /** Task_ChooseFreeWorkshop: the workshop the teacher chose for the free slot. */
  public void choseFreeWorkshop(String workshopCode) {
    this.freeChoiceWorkshopCode = Objects.requireNonNull(workshopCode, "workshopCode");
  }

  /** Task_SendInvitations: the teacher's day as sent (a new sending replaces it). */
  public void invited(String invitation, Instant at) {
    this.invitation = Objects.requireNonNull(invitation, "invitation");
    this.invitedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public String getTeacherUserId() {
    return teacherUserId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getFreeChoiceWorkshopCode() {
    return freeChoiceWorkshopCode;
  }

  public String getInvitation() {
    return invitation;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}
