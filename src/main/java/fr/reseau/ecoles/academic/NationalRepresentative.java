package fr.reseau.ecoles.academic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named member of the national working group besides the référents (seed 004: representatives of
 * the SD-TICE, the inspectorate's TICE referent, a DGESCO correspondent).
 */
@Entity
@Table(name = "academic_national_member")
public class NationalRepresentative {

  @Id
  @Column(length = 100)
  private String userId;

  /** What they represent (« Représentante de la SD-TICE »). */
  @Column(nullable = false, length = 200)
  private String title;

  protected NationalRepresentative() {}

  public NationalRepresentative(String userId, String title) {
    this.userId = userId;
    this.title = title;
  }

  public void retitle(String title) {
    this.title = title;
  }

  public String getUserId() {
    return userId;
  }

  public String getTitle() {
    return title;
  }
}
