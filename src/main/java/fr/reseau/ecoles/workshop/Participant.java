package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher of the day: their group, free choice and invitation. */
@Entity
@Table(
    name = "workshop_participant",
    indexes = @Index(name = "idx_workshop_participant_workshopdayid", columnList = "workshopDayId"))
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String teacherUserId;

  @Column(nullable = false)
  private String displayName;

  private String groupCode;
  private String freeChoiceWorkshopCode;

  @Column(length = 4000)
  private String invitation;

  private Instant invitedAt;

  protected Participant() {}

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

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setTeacherUserId(String teacherUserId) {
    this.teacherUserId = teacherUserId;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public void setFreeChoiceWorkshopCode(String freeChoiceWorkshopCode) {
    this.freeChoiceWorkshopCode = freeChoiceWorkshopCode;
  }

  public void setInvitation(String invitation) {
    this.invitation = invitation;
  }

  public void setInvitedAt(Instant invitedAt) {
    this.invitedAt = invitedAt;
  }
}
