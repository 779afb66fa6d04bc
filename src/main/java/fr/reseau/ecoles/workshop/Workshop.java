package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A workshop of the day: one animator, one concern, run in one or several slots. */
@Entity
@Table(
    name = "workshop",
    indexes = @Index(name = "idx_workshop_workshopdayid", columnList = "workshopDayId"))
public class Workshop {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  private Long animatorId;
  private String animatorName;

  @Column(nullable = false)
  private String concern;

  @Column(nullable = false)
  private String format;

  private int durationMinutes;
  private String slots;
  private int capacity;

  protected Workshop() {}

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public Long getAnimatorId() {
    return animatorId;
  }

  public String getAnimatorName() {
    return animatorName;
  }

  public String getConcern() {
    return concern;
  }

  public String getFormat() {
    return format;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public String getSlots() {
    return slots;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setAnimatorId(Long animatorId) {
    this.animatorId = animatorId;
  }

  public void setAnimatorName(String animatorName) {
    this.animatorName = animatorName;
  }

  public void setConcern(String concern) {
    this.concern = concern;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public void setDurationMinutes(int durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public void setSlots(String slots) {
    this.slots = slots;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
