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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A group of at most six teachers sharing a concern, and its path through the slots. */
@Entity
@Table(
    name = "workshop_day_group",
    indexes = @Index(name = "idx_workshop_day_group_workshopdayid", columnList = "workshopDayId"))
public class DayGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String code;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String concern;

  @Size(max = 255) private String catalystUserId;

  @Size(max = 2000) @Column(length = 2000)
  private String memberUserIds;

  @Size(max = 1000) @Column(length = 1000)
  private String path;

  protected DayGroup() {}

  /** A group formed for the day: its members (user ids) and its catalyst (one of them, or null). */
  public DayGroup(
      Long workshopDayId,
      String code,
      String concern,
      String catalystUserId,
      List<String> memberUserIds) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.code = Objects.requireNonNull(code, "code");
    this.concern = Objects.requireNonNull(concern, "concern");
    if (catalystUserId != null && !memberUserIds.contains(catalystUserId)) {
      throw new IllegalArgumentException(
          "catalyst " + catalystUserId + " is not a member of group " + code);
    }
    this.catalystUserId = catalystUserId;
    this.memberUserIds = String.join(",", memberUserIds);
  }

  /** The members' user ids, in the order they joined. */
  public List<String> members() {
    return memberUserIds == null || memberUserIds.isBlank()
        ? List.of()
        : List.of(memberUserIds.split(","));
  }

  /**
   * Task_ReviewGroupsAndPaths: a teacher leaves the group; if they were its catalyst, the first
   * remaining member who {@code isCatalyst} takes over (none: the group has no catalyst).
   */
  public void memberLeft(String teacher, Predicate<String> isCatalyst) {
    List<String> rest = new ArrayList<>(members());
    if (!rest.remove(teacher)) {
      throw new IllegalArgumentException(teacher + " is not a member of group " + code);
    }
    this.memberUserIds = String.join(",", rest);
    if (teacher.equals(catalystUserId)) {
      this.catalystUserId = rest.stream().filter(isCatalyst).findFirst().orElse(null);
    }
  }

  /**
   * Task_ReviewGroupsAndPaths: a teacher joins the group; a catalyst becomes the group's catalyst
   * if it has none.
   */
  public void memberJoined(String teacher, boolean catalyst) {
    List<String> joined = new ArrayList<>(members());
    if (joined.contains(teacher)) {
      throw new IllegalArgumentException(teacher + " is already a member of group " + code);
    }
    joined.add(teacher);
    this.memberUserIds = String.join(",", joined);
    if (catalystUserId == null && catalyst) {
      this.catalystUserId = teacher;
    }
  }

  /** Task_PlanPaths: the group's path, slot → workshop code, stored as « 1:A1,2:A3 ». */
  public void pathPlanned(SortedMap<Integer, String> steps) {
    this.path =
        steps.entrySet().stream()
            .map(step -> step.getKey() + ":" + step.getValue())
            .collect(Collectors.joining(","));
  }

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
}
