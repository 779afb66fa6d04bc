package fr.reseau.ecoles.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A documentaliste's answer to the call for volunteers of a campaign. Members who did not answer by
 * the deadline get one too, with {@code answered = false} and {@code volunteer = false}.
 */
@Entity
@Table(
    name = "declaration",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_declaration_campaign_member",
            columnNames = {"campaignId", "memberUserId"}))
public class Declaration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long campaignId;

  @Column(nullable = false)
  private String memberUserId;

  private String establishmentCode;
  private boolean answered;
  private boolean volunteer;
  private String role;
  private String publicServed;

  @Convert(converter = CodeSetConverter.class)
  private Set<String> constraintKinds = new LinkedHashSet<>();

  @Column(length = 2000)
  private String constraints;

  @Convert(converter = CodeSetConverter.class)
  private Set<String> needs = new LinkedHashSet<>();

  @Convert(converter = CodeSetConverter.class)
  private Set<String> strengths = new LinkedHashSet<>();

  private boolean ppcrPlanned;

  /** The expected date of the career appraisal, when the volunteer gave it. */
  private LocalDate ppcrDate;

  @Column(length = 4000)
  private String expectations;

  private Instant submittedAt;

  protected Declaration() {}

  private Declaration(Long campaignId, String memberUserId, String establishmentCode) {
    this.campaignId = campaignId;
    this.memberUserId = memberUserId;
    this.establishmentCode = establishmentCode;
  }

  public static Declaration notAnswered(
      Long campaignId, String memberUserId, String establishmentCode, Instant closedAt) {
    Declaration declaration = new Declaration(campaignId, memberUserId, establishmentCode);
    declaration.submittedAt = closedAt;
    return declaration;
  }

  public static Declaration answered(
      Long campaignId,
      String memberUserId,
      String establishmentCode,
      DeclarationForm form,
      Instant submittedAt) {
    Declaration declaration = new Declaration(campaignId, memberUserId, establishmentCode);
    declaration.answered = true;
    declaration.volunteer = form.volunteer();
    declaration.role = form.role() == null ? null : form.role().code();
    declaration.publicServed = form.publicServed();
    declaration.constraintKinds = new LinkedHashSet<>(form.constraintKinds());
    declaration.constraints = form.constraints();
    declaration.needs = new LinkedHashSet<>(form.needs());
    declaration.strengths = new LinkedHashSet<>(form.strengths());
    declaration.ppcrPlanned = form.ppcrPlanned();
    declaration.ppcrDate = form.ppcrPlanned() ? form.ppcrDate() : null;
    declaration.expectations = form.expectations();
    declaration.submittedAt = submittedAt;
    return declaration;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  public String getEstablishmentCode() {
    return establishmentCode;
  }

  public boolean isAnswered() {
    return answered;
  }

  public boolean isVolunteer() {
    return volunteer;
  }

  public VolunteerRole getRole() {
    return role == null ? null : VolunteerRole.fromCode(role);
  }

  public String getPublicServed() {
    return publicServed;
  }

  public Set<String> getConstraintKinds() {
    return constraintKinds;
  }

  public String getConstraints() {
    return constraints;
  }

  public Set<String> getNeeds() {
    return needs;
  }

  public Set<String> getStrengths() {
    return strengths;
  }

  public boolean isPpcrPlanned() {
    return ppcrPlanned;
  }

  public LocalDate getPpcrDate() {
    return ppcrDate;
  }

  public String getExpectations() {
    return expectations;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
