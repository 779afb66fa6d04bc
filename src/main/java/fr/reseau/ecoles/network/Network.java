package fr.reseau.ecoles.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A network of schools (réseau) that runs campaigns together, e.g. {@code ventoux-baronnies}. */
@Entity
@Table(name = "network")
public class Network {

  @Id private String id;
  private String name;
  private String academy;

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

  public void update(String name, String academy) {
    this.name = name;
    this.academy = academy;
  }
}
