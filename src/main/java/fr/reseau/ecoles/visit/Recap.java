package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.volunteering.CodeSetConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A version of the post-visit recap written by the visitor. The host validates it or asks for
 * amendments; each rewrite is a new version, so nothing the pair wrote is lost.
 */
@Entity
@Table(name = "recap", indexes = @Index(name = "idx_recap_visit", columnList = "visitId"))
public class Recap {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long visitId;

  private int version;

  @Column(length = 8000)
  private String exchanges;

  @Column(length = 8000)
  private String improvementsHost;

  @Column(length = 8000)
  private String improvementsVisitor;

  @Column(length = 8000)
  private String actions;

  @Convert(converter = CodeSetConverter.class)
  private Set<String> trainingNeeds = new LinkedHashSet<>();

  private boolean shareImprovements;

  @Column(nullable = false)
  private Instant submittedAt;

  /** The host agrees that the tracks for their CDI appear, unsigned, in the network summary. */
  private boolean hostSharesImprovements;

  /** Null until the host answers. */
  private Boolean validated;

  @Column(length = 4000)
  private String amendments;

  private Instant answeredAt;

  protected Recap() {}

  public Recap(
      Long visitId,
      int version,
      String exchanges,
      String improvementsHost,
      String improvementsVisitor,
      String actions,
      Set<String> trainingNeeds,
      boolean shareImprovements,
      Instant submittedAt) {
    this.visitId = visitId;
    this.version = version;
    this.exchanges = exchanges;
    this.improvementsHost = improvementsHost;
    this.improvementsVisitor = improvementsVisitor;
    this.actions = actions;
    this.trainingNeeds = new LinkedHashSet<>(trainingNeeds);
    this.shareImprovements = shareImprovements;
    this.submittedAt = submittedAt;
  }

  public void answer(
      boolean validated, String amendments, boolean hostSharesImprovements, Instant at) {
    this.validated = validated;
    this.hostSharesImprovements = validated && hostSharesImprovements;
    this.amendments = amendments;
    this.answeredAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public int getVersion() {
    return version;
  }

  public String getExchanges() {
    return exchanges;
  }

  public String getImprovementsHost() {
    return improvementsHost;
  }

  public String getImprovementsVisitor() {
    return improvementsVisitor;
  }

  public String getActions() {
    return actions;
  }

  public Set<String> getTrainingNeeds() {
    return trainingNeeds;
  }

  public boolean isShareImprovements() {
    return shareImprovements;
  }

  public boolean isHostSharesImprovements() {
    return hostSharesImprovements;
  }

  public Boolean getValidated() {
    return validated;
  }

  public String getAmendments() {
    return amendments;
  }
}
