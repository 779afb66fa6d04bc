package fr.reseau.ecoles.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * Two people of a network were paired in a school year, and their visit was held: only the keyed
 * pseudonyms of the two ({@link PairHistoryService}), sorted, no name, no id, no direction. Not
 * personal content on its own: the purge keeps it, so "never the same pair again" holds across
 * years (docs/retention.md).
 */
@Entity
@Table(
    name = "pair_history",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_pair_history",
            columnNames = {"networkId", "pseudonymLow", "pseudonymHigh", "schoolYear"}))
public class PairHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Column(nullable = false)
  private String networkId;

  @NotNull @Pattern(regexp = "\\d{4}-\\d{4}") @Column(nullable = false, length = 9)
  private String schoolYear;

  /** HMAC-SHA256 of one member's id, 64 lowercase hexadecimal digits: the smaller of the two. */
  @NotNull @Pattern(regexp = "[0-9a-f]{64}") @Column(nullable = false, length = 64)
  private String pseudonymLow;

  /** The larger of the two pseudonyms. */
  @NotNull @Pattern(regexp = "[0-9a-f]{64}") @Column(nullable = false, length = 64)
  private String pseudonymHigh;

  @NotNull @Column(nullable = false)
  private Instant recordedAt;

  protected PairHistory() {}

  public PairHistory(String networkId, String schoolYear, PseudonymPair pair, Instant recordedAt) {
    this.networkId = networkId;
    this.schoolYear = schoolYear;
    this.pseudonymLow = pair.low();
    this.pseudonymHigh = pair.high();
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public String getPseudonymLow() {
    return pseudonymLow;
  }

  public String getPseudonymHigh() {
    return pseudonymHigh;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
