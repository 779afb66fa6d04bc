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
import java.util.Objects;

/** A teacher proposed, then possibly confirmed, as referent for temps 3. */
@Entity
@Table(
    name = "workshop_referent",
    indexes = @Index(name = "idx_workshop_referent_workshopdayid", columnList = "workshopDayId"))
public class Referent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String teacherUserId;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String displayName;

  @Size(max = 255) private String discipline;

  @Size(max = 1000) @Column(length = 1000)
  private String reasons;

  private int score;
  private boolean confirmed;
  private boolean joinedPool;

  protected Referent() {}

  /**
   * A teacher proposed as a referent: their score and its reasons; {@code proposed}: pre-ticked for
   * the team.
   */
  public Referent(
      Long workshopDayId,
      String teacherUserId,
      String displayName,
      String discipline,
      int score,
      String reasons,
      boolean proposed) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.teacherUserId = Objects.requireNonNull(teacherUserId, "teacherUserId");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.discipline = discipline;
    this.score = score;
    this.reasons = reasons;
    this.confirmed = proposed;
  }

  /**
   * Task_ConfirmReferents: the team's choice; only a confirmed referent can join the pool of
   * animators.
   */
  public void decided(boolean confirmed, boolean joinsPool) {
    if (joinsPool && !confirmed) {
      throw new IllegalArgumentException(
          teacherUserId + " cannot join the pool without being confirmed");
    }
    this.confirmed = confirmed;
    this.joinedPool = joinsPool;
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

  public String getDiscipline() {
    return discipline;
  }

  public String getReasons() {
    return reasons;
  }

  public int getScore() {
    return score;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public boolean isJoinedPool() {
    return joinedPool;
  }
}
