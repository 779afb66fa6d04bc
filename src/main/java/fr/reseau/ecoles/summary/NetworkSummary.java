package fr.reseau.ecoles.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.Length;

/**
 * The network's yearly summary ("production finale") of a campaign, as compiled from declarations,
 * visits and validated recaps. Anonymous by construction: it holds counts, themes, publics and
 * unsigned improvement tracks, never a name.
 */
@Entity
@Table(
    name = "network_summary",
    uniqueConstraints = @UniqueConstraint(name = "uk_summary_campaign", columnNames = "campaignId"))
public class NetworkSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long campaignId;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(nullable = false, length = Length.LONG32)
  private String contentJson;

  @Column(nullable = false)
  private Instant compiledAt;

  private boolean published;
  private Instant publishedAt;
  private String publishedBy;

  @Column(length = 4000)
  private String comment;

  protected NetworkSummary() {}

  public NetworkSummary(Long campaignId, String networkId, String schoolYear) {
    this.campaignId = campaignId;
    this.networkId = networkId;
    this.schoolYear = schoolYear;
  }

  public void recompile(String contentJson, Instant at) {
    this.contentJson = contentJson;
    this.compiledAt = at;
  }

  public void publish(String by, String comment, Instant at) {
    this.published = true;
    this.publishedBy = by;
    this.comment = comment;
    this.publishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public String getContentJson() {
    return contentJson;
  }

  public boolean isPublished() {
    return published;
  }

  public String getComment() {
    return comment;
  }
}
