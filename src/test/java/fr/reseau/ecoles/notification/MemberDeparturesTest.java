package fr.reseau.ecoles.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.invitation.CalendarFeedService;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person removed from a network in Camunda Admin or through {@code /engine-rest} (taken out of
 * the network's tenant, or their account deleted): in the same transaction, their preferences are
 * deleted, their calendar address revoked and their messages not sent yet cancelled, shown as such
 * on the outbox page; a removal that rolls back changes none of it.
 */
class MemberDeparturesTest extends IntegrationTest {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "demo";
  static final String OTHER_NETWORK = "ventoux-baronnies";

  @Autowired TestNetworks networks;
  @Autowired Notifications notifications;
  @Autowired OutboxRepository outbox;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired CalendarFeedService feeds;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  TestNetwork network;
  String leaving;
  String staying;

  @BeforeEach
  void network() {
    network = networks.create(2);
    leaving = network.documentalistes().get(0);
    staying = network.documentalistes().get(1);
  }

  /** Writes a message to the person about that network, with that status; returns its key. */
  String message(String userId, String networkId, OutboxStatus status) {
    String key = "test-departure:" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                notifications.send(
                    new Notice(
                        "task-waiting",
                        userId,
                        networkId,
                        NoticeCategory.INFORMATION,
                        Map.of("taskName", "Préparer la visite"),
                        "http://localhost/tache",
                        List.of(),
                        key)));
    new JdbcTemplate(dataSource)
        .update(
            "update notification_outbox set status = ? where dedup_key = ?", status.name(), key);
    return key;
  }

  OutboxStatus status(String key) {
    return outbox.findByDedupKey(key).orElseThrow().getStatus();
  }

  void preferDigest(String userId) {
    NotificationPreference preference = new NotificationPreference(userId);
    preference.change(DeliveryMode.DAILY_DIGEST, false);
    preferences.save(preference);
  }

  @Test
  void takenOutOfTheNetworkTheirWaitingMessagesAreCancelledPreferencesAndFeedRemoved() {
    String pending = message(leaving, network.id(), OutboxStatus.PENDING);
    String digest = message(leaving, network.id(), OutboxStatus.DIGEST);
    String failed = message(leaving, network.id(), OutboxStatus.FAILED);
    String sent = message(leaving, network.id(), OutboxStatus.SENT);
    String skipped = message(leaving, network.id(), OutboxStatus.SKIPPED);
    String elsewhere = message(leaving, OTHER_NETWORK, OutboxStatus.PENDING);
    String colleague = message(staying, network.id(), OutboxStatus.PENDING);
    preferDigest(leaving);
    preferDigest(staying);
    String token = feeds.renew(leaving);
    String colleagueToken = feeds.renew(staying);
    assertThat(rest.getForEntity("/calendrier/" + token + ".ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // An administrator takes the member out of the network's tenant (Camunda Admin's REST call).
    ResponseEntity<String> removed =
        rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
            .exchange(
                "/engine-rest/tenant/" + network.id() + "/user-members/" + leaving,
                HttpMethod.DELETE,
                null,
                String.class);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    for (String key : List.of(pending, digest, failed)) {
      OutboxMessage message = outbox.findByDedupKey(key).orElseThrow();
      assertThat(message.getStatus()).as(key).isEqualTo(OutboxStatus.CANCELLED);
      assertThat(message.getLastError()).isEqualTo(MemberDepartures.REASON);
    }
    assertThat(status(sent)).isEqualTo(OutboxStatus.SENT);
    assertThat(status(skipped)).isEqualTo(OutboxStatus.SKIPPED);
    assertThat(status(elsewhere)).as("another network's message").isEqualTo(OutboxStatus.PENDING);
    assertThat(status(colleague)).isEqualTo(OutboxStatus.PENDING);
    assertThat(preferences.findById(leaving)).isEmpty();
    assertThat(preferences.findById(staying)).isPresent();
    assertThat(feeds.tokenOf(leaving)).isEmpty();
    assertThat(feeds.tokenOf(staying)).contains(colleagueToken);
    assertThat(rest.getForEntity("/calendrier/" + token + ".ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The outbox page shows them as cancelled, with the reason.
    ResponseEntity<String> page =
        rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
            .getForEntity(Links.OUTBOX_PATH + "?statut=CANCELLED", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("annulé : la personne a quitté le réseau")
        .contains(leaving)
        .doesNotContain(staying);
    long id = outbox.findByDedupKey(pending).orElseThrow().getId();
    assertThat(
            rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
                .getForEntity(Links.OUTBOX_PATH + "/" + id, String.class)
                .getBody())
        .contains("annulé : la personne a quitté le réseau");
    preferences.deleteById(staying);
  }

  @Test
  void aDeletedAccountLosesEveryWaitingMessageOfEveryNetwork() {
    String pending = message(leaving, network.id(), OutboxStatus.PENDING);
    String elsewhere = message(leaving, OTHER_NETWORK, OutboxStatus.DIGEST);
    String colleague = message(staying, network.id(), OutboxStatus.PENDING);
    preferDigest(leaving);
    feeds.renew(leaving);

    ResponseEntity<String> deleted =
        rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
            .exchange("/engine-rest/user/" + leaving, HttpMethod.DELETE, null, String.class);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(status(pending)).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(status(elsewhere)).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(status(colleague)).isEqualTo(OutboxStatus.PENDING);
    assertThat(preferences.findById(leaving)).isEmpty();
    assertThat(feeds.tokenOf(leaving)).isEmpty();
  }

  @Test
  void aRemovalThatRollsBackChangesNothing() {
    String pending = message(leaving, network.id(), OutboxStatus.PENDING);
    preferDigest(leaving);
    String token = feeds.renew(leaving);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              identityService.deleteTenantUserMembership(network.id(), leaving);
              assertThat(status(pending)).isEqualTo(OutboxStatus.CANCELLED);
              s.setRollbackOnly();
            });

    assertThat(status(pending)).isEqualTo(OutboxStatus.PENDING);
    assertThat(preferences.findById(leaving)).isPresent();
    assertThat(feeds.tokenOf(leaving)).contains(token);
    assertThat(identityService.createTenantQuery().userMember(leaving).singleResult().getId())
        .isEqualTo(network.id());
    preferences.deleteById(leaving);
  }
}
