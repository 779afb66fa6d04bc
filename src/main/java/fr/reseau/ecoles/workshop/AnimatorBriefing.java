package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

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

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotNull @Column(nullable = false)
  private Long animatorId;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String concern;

  @Size(max = 4000) @Column(length = 4000)
  private String agreedConcerns;

  @Min(0) @Max(100) private Integer demonstrationShare;

  @Size(max = 4000) @Column(length = 4000)
  private String equipmentNeeds;

  @Size(max = 255) private String briefedBy;

  private Instant briefedAt;

  protected AnimatorBriefing() {}

  /** An animator asked to run a workshop on {@code concern}; agreed as asked until briefed. */
  public AnimatorBriefing(Long workshopDayId, Long animatorId, String concern) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.animatorId = Objects.requireNonNull(animatorId, "animatorId");
    this.concern = Objects.requireNonNull(concern, "concern");
    this.agreedConcerns = concern;
  }

  /**
   * Task_BriefAnimator: what was agreed, the share of demonstration in percent (the rest is
   * exchange), the equipment, by whom.
   */
  public void briefed(
      String agreedConcerns, int demonstrationShare, String equipmentNeeds, String by, Instant at) {
    if (demonstrationShare < 0 || demonstrationShare > 100) {
      throw new IllegalArgumentException(
          "demonstration share " + demonstrationShare + " is not a percentage");
    }
    this.agreedConcerns = agreedConcerns;
    this.demonstrationShare = demonstrationShare;
    this.equipmentNeeds = equipmentNeeds;
    this.briefedBy = by;
    this.briefedAt = Objects.requireNonNull(at, "at");
  }

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
}
