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

/** A teacher's answer to the questionnaire of temps 1. */
@Entity
@Table(
    name = "workshop_questionnaire_answer",
    indexes =
        @Index(
            name = "idx_workshop_questionnaire_answer_workshopdayid",
            columnList = "workshopDayId"))
public class QuestionnaireAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String teacherUserId;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String displayName;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String discipline;

  @Size(max = 1000) @Column(length = 1000)
  private String rankedConcerns;

  @Min(1) @Max(4) private int digitalEase;

  @Min(0) private int seniorityYears;

  private boolean catalyst;

  protected QuestionnaireAnswer() {}

  /**
   * A teacher's answers: concerns ranked (joined by the caller), digital ease and seniority as
   * imported, and whether they would drive a group (catalyst).
   */
  public QuestionnaireAnswer(
      Long workshopDayId,
      String teacherUserId,
      String displayName,
      String discipline,
      String rankedConcerns,
      int digitalEase,
      int seniorityYears,
      boolean catalyst) {
    if (digitalEase < 1 || digitalEase > 4 || seniorityYears < 0) {
      throw new IllegalArgumentException(
          "digital ease "
              + digitalEase
              + " (1 to 4), seniority "
              + seniorityYears
              + " (0 or more)");
    }
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.teacherUserId = Objects.requireNonNull(teacherUserId, "teacherUserId");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.discipline = Objects.requireNonNull(discipline, "discipline");
    this.rankedConcerns = rankedConcerns;
    this.digitalEase = digitalEase;
    this.seniorityYears = seniorityYears;
    this.catalyst = catalyst;
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

  public String getRankedConcerns() {
    return rankedConcerns;
  }

  public int getDigitalEase() {
    return digitalEase;
  }

  public int getSeniorityYears() {
    return seniorityYears;
  }

  public boolean isCatalyst() {
    return catalyst;
  }
}
