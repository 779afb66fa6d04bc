package fr.reseau.ecoles.academic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a production (issue 20, item 2), stored in the database. Its content type is
 * the one recognised from its bytes ({@link ResourceTypes}), never the one the browser sent. Lists
 * read {@link Info} rows, so that the bytes are only loaded when a file is served.
 */
@Entity
@Table(
    name = "production_resource",
    indexes = @Index(name = "idx_production_resource_production", columnList = "productionId"))
public class ProductionResource {

  /** What a list shows of a file (no content). */
  public record Info(
      Long id, String title, String filename, String contentType, long size, Instant uploadedAt) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long productionId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 255)
  private String filename;

  @Column(nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = org.hibernate.Length.LONG32)
  private byte[] content;

  @Column(nullable = false)
  private Instant uploadedAt;

  protected ProductionResource() {}

  public ProductionResource(
      Long productionId,
      String title,
      String filename,
      String contentType,
      byte[] content,
      Instant uploadedAt) {
    this.productionId = productionId;
    this.title = title;
    this.filename = filename;
    this.contentType = contentType;
    this.content = content;
    this.size = content.length;
    this.uploadedAt = uploadedAt;
  }

  public Info info() {
    return new Info(id, title, filename, contentType, size, uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public Long getProductionId() {
    return productionId;
  }

  public String getTitle() {
    return title;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
