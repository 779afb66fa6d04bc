package fr.reseau.ecoles.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup of a running H2 file database can be unzipped and opened with everything committed in
 * it.
 */
class H2BackupTest {

  @TempDir Path folder;

  static JdbcDataSource h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  @Test
  void theBackupOfAnOpenFileDatabaseRestoresItsCommittedRows() throws Exception {
    JdbcDataSource running =
        h2("jdbc:h2:file:" + folder.resolve("data/reseau-ecoles") + ";WRITE_DELAY=0");
    // The application keeps the database open while the backup is made.
    try (Connection open = running.getConnection();
        Statement statement = open.createStatement()) {
      statement.execute("create table campaign (id int primary key, school_year varchar(9))");
      statement.execute("insert into campaign values (1, '2026-2027'), (2, '2027-2028')");

      H2Backup backup =
          new H2Backup(
              running,
              folder.resolve("backup"),
              Clock.fixed(Instant.parse("2026-12-06T02:30:00.123Z"), ZoneOffset.UTC));
      Path zip = backup.backup().orElseThrow();
      assertThat(zip)
          .isEqualTo(
              folder.resolve("backup/reseau-ecoles-20261206-023000-123.zip").toAbsolutePath());

      // Restore: unzip into a new data folder and open it.
      Path restored = Files.createDirectories(folder.resolve("restored"));
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          Files.copy(in, restored.resolve(Path.of(entry.getName()).getFileName()));
        }
      }
      assertThat(restored.resolve("reseau-ecoles.mv.db")).exists();
      try (Connection copy =
              h2("jdbc:h2:file:" + restored.resolve("reseau-ecoles") + ";IFEXISTS=TRUE")
                  .getConnection();
          ResultSet rows =
              copy.createStatement().executeQuery("select school_year from campaign order by id")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("2026-2027");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("2027-2028");
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void anInMemoryDatabaseIsNotBackedUp() {
    H2Backup backup =
        new H2Backup(h2("jdbc:h2:mem:backup-test"), folder.resolve("backup"), Clock.systemUTC());
    assertThat(backup.backup()).isEmpty();
    assertThat(folder.resolve("backup")).doesNotExist();
  }
}
