package fr.reseau.ecoles.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's subscription address: {@code /calendrier/{token}.ics}. The token is the only secret
 * (the feed needs no login), random and unique; revoking deletes the row, renewing replaces the
 * token.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String userId;

  @Column(nullable = false, unique = true, length = 64)
  private String token;

  @Column(nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  public CalendarFeed(String userId, String token, Instant createdAt) {
    this.userId = userId;
    this.token = token;
    this.createdAt = createdAt;
  }

  public void renew(String token, Instant at) {
    this.token = token;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getToken() {
    return token;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
