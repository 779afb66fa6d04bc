package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A group of at most six teachers sharing a concern, and its path through the slots. */
@Entity
@Table(
    name = "workshop_day_group",
    indexes = @Index(name = "idx_workshop_day_group_workshopdayid", columnList = "workshopDayId"))
public class DayGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String concern;

  private String catalystUserId;

  @Column(length = 2000)
  private String memberUserIds;

  @Column(length = 1000)
  private String path;

  protected DayGroup() {}

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public String getCode() {
    return code;
  }

  public String getConcern() {
    return concern;
  }

  public String getCatalystUserId() {
    return catalystUserId;
  }

  public String getMemberUserIds() {
    return memberUserIds;
  }

  /** The path as slot → workshop code (stored as « 1:A1,2:A3 »), in slot order. */
  public java.util.SortedMap<Integer, String> steps() {
    java.util.SortedMap<Integer, String> steps = new java.util.TreeMap<>();
    if (path != null && !path.isBlank()) {
      for (String step : path.split(",")) {
        String[] parts = step.split(":");
        steps.put(Integer.valueOf(parts[0]), parts[1]);
      }
    }
    return steps;
  }

  public String getPath() {
    return path;
  }

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public void setConcern(String concern) {
    this.concern = concern;
  }

  public void setCatalystUserId(String catalystUserId) {
    this.catalystUserId = catalystUserId;
  }

  public void setMemberUserIds(String memberUserIds) {
    this.memberUserIds = memberUserIds;
  }

  public void setPath(String path) {
    this.path = path;
  }
}
