package fr.reseau.ecoles.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the default H2 database while the application runs: H2's own {@code BACKUP
 * TO} (a zip of the {@code .mv.db} file, written while H2 keeps the file's space from being
 * reused). The embedded database is locked by the application, so the copy has to be made from
 * inside it. PostgreSQL installations use {@code pg_dump} instead (docs/operations.md).
 */
@Component
public class H2Backup {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final Path directory;
  private final Clock clock;

  @Autowired
  public H2Backup(DataSource dataSource, @Value("${app.backup.directory:backup}") Path directory) {
    this(dataSource, directory, Clock.systemUTC());
  }

  H2Backup(DataSource dataSource, Path directory, Clock clock) {
    this.dataSource = dataSource;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The zip written, or empty when the database is not an H2 file database (PostgreSQL, in-memory).
   */
  public Optional<Path> backup() {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      // Embedded file databases only: in-memory ones have no file, a server's file is on the
      // server.
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
          || url == null
          || url.startsWith("jdbc:h2:mem:")
          || url.startsWith("jdbc:h2:tcp:")
          || url.startsWith("jdbc:h2:ssl:")) {
        return Optional.empty();
      }
      Files.createDirectories(directory);
      // Our own name, not the caller's: nothing outside the backup folder can be written.
      Path zip =
          directory
              .resolve("reseau-ecoles-" + STAMP.format(clock.instant()) + ".zip")
              .toAbsolutePath();
      try (Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
      }
      return Optional.of(zip);
    } catch (SQLException e) {
      throw new IllegalStateException("H2 backup failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
