package fr.reseau.ecoles.holidays;

import fr.reseau.ecoles.calendar.EngineClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches the official calendar from {@code app.calendar.import-url} on {@code
 * app.calendar.import-cron} (off while the address is empty). Every node is scheduled; one
 * conditional update of {@code school_calendar_fetch} lets a single node of a cluster run each
 * fetch, the others seeing no row changed.
 */
@Component
public class OfficialCalendarFetch {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialCalendarFetch.class);

  /** Two nodes whose clocks differ by less than this never both fetch. */
  static final Duration MIN_INTERVAL = Duration.ofHours(1);

  private final String url;
  private final HolidayImportService imports;
  private final JdbcTemplate jdbc;

  public OfficialCalendarFetch(
      @Value("${app.calendar.import-url:}") String url,
      HolidayImportService imports,
      JdbcTemplate jdbc) {
    this.url = url == null ? "" : url.trim();
    this.imports = imports;
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "${app.calendar.import-cron:0 30 3 * * *}")
  public void scheduled() {
    if (!url.isEmpty() && claim(EngineClock.now())) {
      try {
        HolidayImportService.ImportReport report = fetchNow();
        LOG.info("Official school calendar fetched from {}: {}", url, report);
      } catch (RuntimeException | IOException e) {
        // The calendar already known stays; the next run tries again.
        LOG.warn("Official school calendar not fetched from {}: {}", url, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** True for the one node whose update moved the last run time forward. */
  boolean claim(Instant now) {
    return jdbc.update(
            "update school_calendar_fetch set last_run_at = ? where id = 'official' and last_run_at < ?",
            Timestamp.from(now),
            Timestamp.from(now.minus(MIN_INTERVAL)))
        == 1;
  }

  HolidayImportService.ImportReport fetchNow() throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<InputStream> response =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      return imports.importFile(body.readNBytes(HolidayImportService.MAX_BYTES + 1), url, null);
    }
  }
}
