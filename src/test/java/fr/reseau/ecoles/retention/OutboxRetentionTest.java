package fr.reseau.ecoles.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's messages go with the rest of their school year's personal content. */
class OutboxRetentionTest extends RetentionTestSupport {

  @Autowired PersonalContentPurgeService purge;
  @Autowired Notifications notifications;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository files;
  @Autowired TransactionTemplate transactions;

  @Test
  void theLastExpiredYearEndsOnTheFirstOfSeptemberAfterIt() {
    // 2025-2026 expires on 1 September 2027 with 12 months: its messages go from that day on.
    assertThat(PersonalContentPurgeService.endOfLastExpiredYear(LocalDate.of(2027, 9, 1), 12))
        .isEqualTo(OffsetDateTime.of(2026, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(PersonalContentPurgeService.endOfLastExpiredYear(LocalDate.of(2027, 8, 31), 12))
        .isEqualTo(OffsetDateTime.of(2025, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(PersonalContentPurgeService.endOfLastExpiredYear(LocalDate.of(2027, 8, 31), 0))
        .isEqualTo(OffsetDateTime.of(2026, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void aMessageOfAnExpiredYearIsRemovedWithItsFilesAndARecentOneStays() {
    TestNetwork network = networks.create(2);
    TestNetwork other = networks.create(2);
    String person = network.documentalistes().get(0);
    long old = send(network.id(), person, "old");
    long recent = send(network.id(), person, "recent");
    long otherNetwork = send(other.id(), other.documentalistes().get(0), "other");
    // Written now (wall clock); the recent one as if written in the next school year.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate today = now.toLocalDate();
    OffsetDateTime nextYear =
        fr.reseau.ecoles.calendar.SchoolYear.containing(today)
            .next()
            .firstDay()
            .plusDays(10)
            .atStartOfDay()
            .atOffset(ZoneOffset.UTC);
    jdbc.update("update notification_outbox set created_at = ? where id = ?", nextYear, recent);
    // The engine's today: the day this school year's content expires (12 months after its end).
    clockAt(
        PersonalContentPurgeService.expiresOn(
            fr.reseau.ecoles.calendar.SchoolYear.containing(today).toString(), 12),
        9);

    PersonalContentPurgeService.Report report = purge.purge(network.id(), 12);

    assertThat(report.outboxMessages()).isEqualTo(1);
    assertThat(outbox.findById(old)).isEmpty();
    assertThat(files.findByOutboxIdOrderByPosition(old)).isEmpty();
    assertThat(outbox.findById(recent)).isPresent();
    assertThat(files.findByOutboxIdOrderByPosition(recent)).hasSize(1);
    assertThat(outbox.findById(otherNetwork)).as("another network's purge is its own").isPresent();
  }

  long send(String networkId, String person, String key) {
    String dedupKey = "retention-test:" + networkId + ":" + key;
    transactions.executeWithoutResult(
        status ->
            notifications.send(
                new Notice(
                    "task-waiting",
                    person,
                    networkId,
                    NoticeCategory.INFORMATION,
                    Map.of("taskName", "Tâche " + key),
                    "http://localhost:8080/camunda/app/tasklist/",
                    List.of(
                        new Attachment(
                            "note.txt", "text/plain", key.getBytes(StandardCharsets.UTF_8))),
                    dedupKey)));
    return outbox.findByDedupKey(dedupKey).orElseThrow().getId();
  }
}
