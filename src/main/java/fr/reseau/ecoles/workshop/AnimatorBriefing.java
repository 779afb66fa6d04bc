package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** An animator chosen for a concern of a day, and what the team agreed with them. */
@Entity
@Table(
    name = "workshop_animator_briefing",
    indexes =
        @Index(name = "idx_workshop_animator_briefing_workshopdayid", columnList = "workshopDayId"))
public class AnimatorBriefing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private Long animatorId;

  @Column(nullable = false)
  private String concern;

  @Column(length = 4000)
  private String agreedConcerns;

  private Integer demonstrationShare;

  @Column(length = 4000)
  private String equipmentNeeds;

  private String briefedBy;
  private Instant briefedAt;

  protected AnimatorBriefing() {}

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public Long getAnimatorId() {
    return animatorId;
  }

  public String getConcern() {
    return concern;
  }

  public String getAgreedConcerns() {
    return agreedConcerns;
  }

  public Integer getDemonstrationShare() {
    return demonstrationShare;
  }

  public String getEquipmentNeeds() {
    return equipmentNeeds;
  }

  public String getBriefedBy() {
    return briefedBy;
  }

  public Instant getBriefedAt() {
    return briefedAt;
  }

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setAnimatorId(Long animatorId) {
    this.animatorId = animatorId;
  }

  public void setConcern(String concern) {
    this.concern = concern;
  }

  public void setAgreedConcerns(String agreedConcerns) {
    this.agreedConcerns = agreedConcerns;
  }

  public void setDemonstrationShare(Integer demonstrationShare) {
    this.demonstrationShare = demonstrationShare;
  }

  public void setEquipmentNeeds(String equipmentNeeds) {
    this.equipmentNeeds = equipmentNeeds;
  }

  public void setBriefedBy(String briefedBy) {
    this.briefedBy = briefedBy;
  }

  public void setBriefedAt(Instant briefedAt) {
    this.briefedAt = briefedAt;
  }
}
