package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.volunteering.CodeSetConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A practice a member describes on the network's map: what they do, on which themes, for which
 * public, in which establishment, and whether (when, on which conditions) they welcome visitors.
 * Published when saved; a coordinator may hide it with a reason.
 */
@Entity
@Table(name = "practice")
public class Practice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Column(nullable = false)
  private String networkId;

  @NotBlank @Column(nullable = false)
  private String establishmentCode;

  @NotBlank @Column(nullable = false)
  private String authorUserId;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200)
  private String title;

  @NotBlank @Size(max = 4000) @Column(nullable = false, length = 4000)
  private String description;

  @NotEmpty @Convert(converter = CodeSetConverter.class)
  @Column(nullable = false)
  private Set<String> themes = new LinkedHashSet<>();

  @Size(max = 20) @Column(length = 20)
  private String publicServed;

  @Size(max = 100) @Column(length = 100)
  private String level;

  /** One address per line. */
  @Size(max = 2000) @Column(length = 2000)
  private String links;

  private boolean welcomesVisitors;

  @Size(max = 1000) @Column(name = "visit_conditions", length = 1000)
  private String conditions;

  @Valid @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "practice_visit_period", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "period_index")
  private List<VisitPeriod> periods = new ArrayList<>();

  @NotNull @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PracticeStatus status = PracticeStatus.PUBLISHED;

  @Size(max = 500) @Column(length = 500)
  private String moderationReason;

  private String moderatedBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Practice() {}

  public Practice(String networkId, String authorUserId, PracticeInput input, Instant now) {
    this.networkId = networkId;
    this.authorUserId = authorUserId;
    this.createdAt = now;
    update(input, now);
  }

  /** The author's (or a coordinator's) new text; the moderation status is left as it is. */
  public void update(PracticeInput input, Instant now) {
    this.establishmentCode = input.establishmentCode();
    this.title = input.title();
    this.description = input.description();
    this.themes = new LinkedHashSet<>(input.themes());
    this.publicServed = input.publicServed();
    this.level = input.level();
    this.links = input.links().isEmpty() ? null : String.join("\n", input.links());
    this.welcomesVisitors = input.welcomesVisitors();
    this.conditions = input.welcomesVisitors() ? input.conditions() : null;
    this.periods = input.welcomesVisitors() ? new ArrayList<>(input.periods()) : new ArrayList<>();
    this.updatedAt = now;
  }

  public void hide(String reason, String coordinator, Instant now) {
    this.status = PracticeStatus.HIDDEN;
    this.moderationReason = reason;
    this.moderatedBy = coordinator;
    this.updatedAt = now;
  }

  public void publish(String reason, String coordinator, Instant now) {
    this.status = PracticeStatus.PUBLISHED;
    this.moderationReason = reason;
    this.moderatedBy = coordinator;
    this.updatedAt = now;
  }

  public boolean isPublished() {
    return status == PracticeStatus.PUBLISHED;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getEstablishmentCode() {
    return establishmentCode;
  }

  public String getAuthorUserId() {
    return authorUserId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Set<String> getThemes() {
    return themes;
  }

  public String getPublicServed() {
    return publicServed;
  }

  public String getLevel() {
    return level;
  }

  public List<String> getLinks() {
    return links == null || links.isBlank() ? List.of() : Arrays.asList(links.split("\n"));
  }

  public boolean isWelcomesVisitors() {
    return welcomesVisitors;
  }

  public String getConditions() {
    return conditions;
  }

  public List<VisitPeriod> getPeriods() {
    return periods;
  }

  public PracticeStatus getStatus() {
    return status;
  }

  public String getModerationReason() {
    return moderationReason;
  }

  public String getModeratedBy() {
    return moderatedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
