package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A teacher of another school who can run workshops: the pool is kept across years and fed by each
 * day's outcome.
 */
@Entity
@Table(
    name = "workshop_animator",
    indexes = @Index(name = "idx_workshop_animator_networkid", columnList = "networkId"))
public class Animator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String networkId;

  @NotNull @Size(max = 255) @Column(nullable = false)
  private String fullName;

  @Size(max = 500) @Column(length = 500)
  private String establishment;

  @Size(max = 255) private String email;

  @Size(max = 2000) @Column(length = 2000)
  private String concerns;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String origin;

  @Min(0) private int daysAnimated;

  private LocalDate lastDayDate;

  @NotNull @Column(nullable = false)
  private Instant addedAt;

  protected Animator() {}

  /** A person of the network's pool of animators, from {@code origin}, with no concern yet. */
  public Animator(
      String networkId,
      String fullName,
      String establishment,
      String email,
      String origin,
      Instant addedAt) {
    this.networkId = Objects.requireNonNull(networkId, "network id");
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.establishment = establishment;
    this.email = email;
    this.concerns = "";
    this.origin = Objects.requireNonNull(origin, "origin");
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
  }

  /** The concerns the animator covers (joined by the caller), e.g. a referent's group's concern. */
  public void coversConcerns(String concerns) {
    this.concerns = Objects.requireNonNull(concerns, "concerns");
  }

  /** After a day: one more day animated, on {@code day}, and the concerns now covered. */
  public void animatedDay(LocalDate day, String concerns) {
    coversConcerns(concerns);
    this.daysAnimated++;
    this.lastDayDate = Objects.requireNonNull(day, "day");
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEstablishment() {
    return establishment;
  }

  public String getEmail() {
    return email;
  }

  public String getConcerns() {
    return concerns;
  }

  public String getOrigin() {
    return origin;
  }

  public int getDaysAnimated() {
    return daysAnimated;
  }

  public LocalDate getLastDayDate() {
    return lastDayDate;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
