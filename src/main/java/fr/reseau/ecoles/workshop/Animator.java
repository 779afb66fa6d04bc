package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

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

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false)
  private String fullName;

  @Column(length = 500)
  private String establishment;

  private String email;

  @Column(length = 2000)
  private String concerns;

  @Column(nullable = false)
  private String origin;

  private int daysAnimated;
  private LocalDate lastDayDate;

  @Column(nullable = false)
  private Instant addedAt;

  protected Animator() {}

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

  public void setNetworkId(String networkId) {
    this.networkId = networkId;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public void setEstablishment(String establishment) {
    this.establishment = establishment;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void setConcerns(String concerns) {
    this.concerns = concerns;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public void setDaysAnimated(int daysAnimated) {
    this.daysAnimated = daysAnimated;
  }

  public void setLastDayDate(LocalDate lastDayDate) {
    this.lastDayDate = lastDayDate;
  }

  public void setAddedAt(Instant addedAt) {
    this.addedAt = addedAt;
  }
}
