package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

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

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String teacherUserId;

  @Column(length = 4000)
  private String logbookPractices;

  @Column(length = 4000)
  private String logbookQuestions;

  @Column(length = 4000)
  private String logbookIdeas;

  private Integer pleasure;

  @Column(length = 4000)
  private String practicesOfInterest;

  @Column(length = 4000)
  private String groupFeeling;

  @Column(length = 4000)
  private String ideasToTry;

  @Column(length = 4000)
  private String difficulties;

  private Boolean willingToHelp;
  private String practiceStarted;

  @Column(length = 4000)
  private String coldIdeas;

  private Integer motivation;

  @Column(length = 4000)
  private String supportNeeded;

  private Boolean willingToBeReferent;

  protected TeacherImpressions() {}

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

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setTeacherUserId(String teacherUserId) {
    this.teacherUserId = teacherUserId;
  }

  public void setLogbookPractices(String logbookPractices) {
    this.logbookPractices = logbookPractices;
  }

  public void setLogbookQuestions(String logbookQuestions) {
    this.logbookQuestions = logbookQuestions;
  }

  public void setLogbookIdeas(String logbookIdeas) {
    this.logbookIdeas = logbookIdeas;
  }

  public void setPleasure(Integer pleasure) {
    this.pleasure = pleasure;
  }

  public void setPracticesOfInterest(String practicesOfInterest) {
    this.practicesOfInterest = practicesOfInterest;
  }

  public void setGroupFeeling(String groupFeeling) {
    this.groupFeeling = groupFeeling;
  }

  public void setIdeasToTry(String ideasToTry) {
    this.ideasToTry = ideasToTry;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public void setWillingToHelp(Boolean willingToHelp) {
    this.willingToHelp = willingToHelp;
  }

  public void setPracticeStarted(String practiceStarted) {
    this.practiceStarted = practiceStarted;
  }

  public void setColdIdeas(String coldIdeas) {
    this.coldIdeas = coldIdeas;
  }

  public void setMotivation(Integer motivation) {
    this.motivation = motivation;
  }

  public void setSupportNeeded(String supportNeeded) {
    this.supportNeeded = supportNeeded;
  }

  public void setWillingToBeReferent(Boolean willingToBeReferent) {
    this.willingToBeReferent = willingToBeReferent;
  }
}
