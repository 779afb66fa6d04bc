package fr.reseau.ecoles.academic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A pedagogical scenario written by an academic working group (issue 20), published on the showcase
 * ({@code /vitrine}) and harvested through OAI-PMH once validated.
 *
 * <p>Its lists (themes, tools, steps, resources, authors) are read and written whole, never queried
 * item by item: each is one text column, one item per line. A resource line is {@code title | url}.
 */
@Entity
@Table(
    name = "production",
    indexes = {
      @Index(name = "idx_production_group", columnList = "groupId"),
      @Index(name = "idx_production_status", columnList = "status, publishedAt")
    })
public class Production {

  /** The licence proposed by default (seed 004: productions are shared). */
  public static final String DEFAULT_LICENCE = "CC BY-SA 4.0";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  /** The academic group that writes it. */
  @Column(nullable = false, length = 100)
  private String groupId;

  /** The académie, as named on its site (« Aix-Marseille »). */
  @Column(nullable = false, length = 100)
  private String academie;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String summary;

  @Column(length = 100)
  private String discipline;

  @Column(length = 100)
  private String level;

  @Column(length = 1000)
  private String themes;

  @Column(length = 100)
  private String duration;

  @Column(length = 1000)
  private String digitalTools;

  @Column(length = 8000)
  private String steps;

  @Column(length = 4000)
  private String resources;

  @Column(length = 1000)
  private String authors;

  @Column(nullable = false, length = 100)
  private String licence = DEFAULT_LICENCE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProductionStatus status = ProductionStatus.DRAFT;

  /** Where the idea came from (a network summary or a workshop day's referent ideas): a link. */
  @Column(length = 500)
  private String sourceLink;

  private String processInstanceId;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private Instant publishedAt;

  protected Production() {}

  public Production(String groupId, String academie, String title, Instant now) {
    this.groupId = groupId;
    this.academie = academie;
    this.title = title;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Joins a list as stored (one item per line); blank items are dropped. */
  static String lines(List<String> items) {
    return items == null
        ? null
        : String.join("\n", items.stream().map(String::strip).filter(i -> !i.isEmpty()).toList());
  }

  static List<String> items(String lines) {
    return lines == null || lines.isBlank()
        ? List.of()
        : Arrays.stream(lines.split("\n")).map(String::strip).filter(i -> !i.isEmpty()).toList();
  }

  public void describe(
      String title,
      String summary,
      String discipline,
      String level,
      List<String> themes,
      String duration,
      List<String> digitalTools,
      List<String> steps,
      List<String> resources,
      List<String> authors,
      String licence,
      Instant now) {
    this.title = title;
    this.summary = summary;
    this.discipline = discipline;
    this.level = level;
    this.themes = lines(themes);
    this.duration = duration;
    this.digitalTools = lines(digitalTools);
    this.steps = lines(steps);
    this.resources = lines(resources);
    this.authors = lines(authors);
    this.licence = licence == null || licence.isBlank() ? DEFAULT_LICENCE : licence;
    this.updatedAt = now;
  }

  public void moveTo(ProductionStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
    if (status == ProductionStatus.PUBLISHED && publishedAt == null) {
      this.publishedAt = now;
    }
  }

  public void linkSource(String sourceLink) {
    this.sourceLink = sourceLink;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getAcademie() {
    return academie;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getDiscipline() {
    return discipline;
  }

  public String getLevel() {
    return level;
  }

  public List<String> getThemes() {
    return items(themes);
  }

  public String getDuration() {
    return duration;
  }

  public List<String> getDigitalTools() {
    return items(digitalTools);
  }

  public List<String> getSteps() {
    return items(steps);
  }

  /** Each {@code title | url}. */
  public List<String> getResources() {
    return items(resources);
  }

  public List<String> getAuthors() {
    return items(authors);
  }

  public String getLicence() {
    return licence;
  }

  public ProductionStatus getStatus() {
    return status;
  }

  public boolean isPublished() {
    return status == ProductionStatus.PUBLISHED;
  }

  public String getSourceLink() {
    return sourceLink;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
