package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

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

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String teacherUserId;

  @Column(nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String discipline;

  @Column(length = 1000)
  private String rankedConcerns;

  private int digitalEase;
  private int seniorityYears;
  private boolean catalyst;

  protected QuestionnaireAnswer() {}

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

  public void setRankedConcerns(String rankedConcerns) {
    this.rankedConcerns = rankedConcerns;
  }

  public void setDigitalEase(int digitalEase) {
    this.digitalEase = digitalEase;
  }

  public void setSeniorityYears(int seniorityYears) {
    this.seniorityYears = seniorityYears;
  }

  public void setCatalyst(boolean catalyst) {
    this.catalyst = catalyst;
  }
}
