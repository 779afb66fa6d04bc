package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A workshop of the day: one animator, one concern, run in one or several slots, in one room (the
 * animator sets up there once and welcomes the groups of each slot).
 */
@Entity
@Table(
    name = "workshop",
    indexes = @Index(name = "idx_workshop_workshopdayid", columnList = "workshopDayId"))
public class Workshop {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String code;

  @NotNull @Size(max = 300) @Column(nullable = false, length = 300)
  private String title;

  private Long animatorId;

  @Size(max = 255) private String animatorName;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String concern;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String format;

  @Min(1) private int durationMinutes;

  @Size(max = 255) private String slots;

  @Min(1) private int capacity;

  /** Where it takes place (« Salle B12 », « CDI »); optional. */
  @Size(max = ROOM_LIMIT) @Column(length = ROOM_LIMIT)
  private String room;

  /** The longest room name. */
  public static final int ROOM_LIMIT = 100;

  protected Workshop() {}

  /** A workshop of the day's plan, run by {@code animatorName} in the listed slots (« 1, 3 »). */
  public Workshop(
      Long workshopDayId,
      String code,
      String title,
      Long animatorId,
      String animatorName,
      String concern,
      String format,
      int durationMinutes,
      String slots,
      int capacity) {
    this(
        workshopDayId,
        code,
        title,
        animatorId,
        animatorName,
        concern,
        format,
        durationMinutes,
        slots,
        capacity,
        null);
  }

  /** The same, in {@code room} (null when not given). */
  public Workshop(
      Long workshopDayId,
      String code,
      String title,
      Long animatorId,
      String animatorName,
      String concern,
      String format,
      int durationMinutes,
      String slots,
      int capacity,
      String room) {
    if (durationMinutes < 1 || capacity < 1) {
      throw new IllegalArgumentException(
          "workshop " + code + ": duration " + durationMinutes + ", capacity " + capacity);
    }
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "workshop title");
    this.animatorId = animatorId;
    this.animatorName = animatorName;
    this.concern = Objects.requireNonNull(concern, "concern");
    this.format = Objects.requireNonNull(format, "format");
    this.durationMinutes = durationMinutes;
    this.slots = slots;
    this.capacity = capacity;
    this.room = room;
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

  public String getRoom() {
    return room;
  }
}
