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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A teacher's logbook, hot and cold impressions of a day, read by the project team only. */
@Entity
@Table(
    name = "workshop_teacher_impressions",
    indexes =
        @Index(
            name = "idx_workshop_teacher_impressions_workshopdayid",
            columnList = "workshopDayId"))
public class TeacherImpressions {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String teacherUserId;

  @Size(max = 4000) @Column(length = 4000)
  private String logbookPractices;

  @Size(max = 4000) @Column(length = 4000)
  private String logbookQuestions;

  @Size(max = 4000) @Column(length = 4000)
  private String logbookIdeas;

  @Min(1) @Max(4) private Integer pleasure;

  @Size(max = 4000) @Column(length = 4000)
  private String practicesOfInterest;

  @Size(max = 4000) @Column(length = 4000)
  private String groupFeeling;

  @Size(max = 4000) @Column(length = 4000)
  private String ideasToTry;

  @Size(max = 4000) @Column(length = 4000)
  private String difficulties;

  private Boolean willingToHelp;

  @Size(max = 255) private String practiceStarted;

  @Size(max = 4000) @Column(length = 4000)
  private String coldIdeas;

  @Min(1) @Max(4) private Integer motivation;

  @Size(max = 4000) @Column(length = 4000)
  private String supportNeeded;

  private Boolean willingToBeReferent;

  protected TeacherImpressions() {}

  /** A teacher's impressions of the day, none given yet. */
  public TeacherImpressions(Long workshopDayId, String teacherUserId) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.teacherUserId = Objects.requireNonNull(teacherUserId, "teacherUserId");
  }

  /** Task_Logbook, during the day: practices seen, questions, ideas (a new entry replaces it). */
  public void logbookKept(String practices, String questions, String ideas) {
    this.logbookPractices = practices;
    this.logbookQuestions = questions;
    this.logbookIdeas = ideas;
  }

  /** Task_HotImpressions, at the end of the day; {@code pleasure} from 1 to 4. */
  public void hotImpressionsGiven(
      int pleasure,
      String practicesOfInterest,
      String groupFeeling,
      String ideasToTry,
      String difficulties,
      boolean willingToHelp) {
    this.pleasure = scale("pleasure score", pleasure);
    this.practicesOfInterest = practicesOfInterest;
    this.groupFeeling = groupFeeling;
    this.ideasToTry = ideasToTry;
    this.difficulties = difficulties;
    this.willingToHelp = willingToHelp;
  }

  /** Task_ColdImpressions, weeks later; {@code motivation} from 1 to 4. */
  public void coldImpressionsGiven(
      String practiceStarted,
      String coldIdeas,
      int motivation,
      String supportNeeded,
      boolean willingToBeReferent) {
    this.practiceStarted = practiceStarted;
    this.coldIdeas = coldIdeas;
    this.motivation = scale("motivation score", motivation);
    this.supportNeeded = supportNeeded;
    this.willingToBeReferent = willingToBeReferent;
  }

  private static int scale(String name, int value) {
    if (value < 1 || value > 4) {
      throw new IllegalArgumentException(name + " " + value + " is not on the scale 1 to 4");
    }
    return value;
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

  public String getLogbookPractices() {
    return logbookPractices;
  }

  public String getLogbookQuestions() {
    return logbookQuestions;
  }

  public String getLogbookIdeas() {
    return logbookIdeas;
  }

  public Integer getPleasure() {
    return pleasure;
  }

  public String getPracticesOfInterest() {
    return practicesOfInterest;
  }

  public String getGroupFeeling() {
    return groupFeeling;
  }

  public String getIdeasToTry() {
    return ideasToTry;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public Boolean getWillingToHelp() {
    return willingToHelp;
  }

  public String getPracticeStarted() {
    return practiceStarted;
  }

  public String getColdIdeas() {
    return coldIdeas;
  }

  public Integer getMotivation() {
    return motivation;
  }

  public String getSupportNeeded() {
    return supportNeeded;
  }

  public Boolean getWillingToBeReferent() {
    return willingToBeReferent;
  }
}
