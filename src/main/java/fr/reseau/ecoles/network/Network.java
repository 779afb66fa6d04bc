package fr.reseau.ecoles.network;

import fr.reseau.ecoles.calendar.HolidayZones;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A network of schools (réseau) that runs campaigns together, e.g. {@code ventoux-baronnies}. */
@Entity
@Table(name = "network")
public class Network {

  @Id private String id;
  private String name;
  private String academy;

  /** Set by an administrator; else the zone of the académie when it is known. */
  @Size(max = 40) private String holidayZone;

  protected Network() {}

  public Network(String id, String name, String academy) {
    this.id = id;
    this.name = name;
    this.academy = academy;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAcademy() {
    return academy;
  }

  /**
   * The académie compared without accents, case, punctuation or « académie de »: "Aix-Marseille",
   * "académie d'Aix Marseille" → "aix marseille"; empty when the network names none.
   */
  public String academyKey() {
    if (academy == null) {
      return "";
    }
    return java.text.Normalizer.normalize(academy, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .trim()
        .replaceFirst("^academie (de |d |du |des )?", "")
        .trim();
  }

  public void update(String name, String academy) {
    this.name = name;
    this.academy = academy;
  }

  /** The school-holiday zone set for the network, or that of its académie, if known. */
  public Optional<String> holidayZone() {
    return holidayZone != null ? Optional.of(holidayZone) : HolidayZones.ofAcademy(academy);
  }

  public void setHolidayZone(String zone) {
    this.holidayZone = zone == null || zone.isBlank() ? null : HolidayZones.normalise(zone);
  }
}
