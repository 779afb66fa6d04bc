package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A teacher proposed, then possibly confirmed, as referent for temps 3. */
@Entity
@Table(
    name = "workshop_referent",
    indexes = @Index(name = "idx_workshop_referent_workshopdayid", columnList = "workshopDayId"))
public class Referent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String teacherUserId;

  @Column(nullable = false)
  private String displayName;

  private String discipline;

  @Column(length = 1000)
  private String reasons;

  private int score;
  private boolean confirmed;
  private boolean joinedPool;

  protected Referent() {}

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

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setTeacherUserId(String teacherUserId) {
    this.teacherUserId = teacherUserId;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public void setDiscipline(String discipline) {
    this.discipline = discipline;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public void setScore(int score) {
    this.score = score;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public void setJoinedPool(boolean joinedPool) {
    this.joinedPool = joinedPool;
  }
}
