package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Never the same pair again", across years and after the purge: when a visit is held, the keyed
 * hash HMAC-SHA256(installation key, smaller id + NUL + larger id) of its two teachers is stored
 * with the network and the school year. Order-independent (A visiting B and B visiting A are one
 * pair); without the key nobody can tell whose pair it is, and ids are never stored.
 */
@Service
@Transactional
public class PairHistoryService {

  private static final String ALGORITHM = "HmacSHA256";

  private final PairHistoryRepository history;
  private final PairHistoryKey key;
  private final NetworkDirectory directory;

  public PairHistoryService(
      PairHistoryRepository history, PairHistoryKey key, NetworkDirectory directory) {
    this.history = history;
    this.key = key;
    this.directory = directory;
  }

  /**
   * Records the pair of a held visit, once per school year; under the network's lock, so that A→B
   * and B→A held at the same moment leave one row.
   */
  public void recordHeld(Visit visit) {
    directory.lockNetwork(visit.getNetworkId());
    String hash = hasher().apply(visit.getVisitorUserId(), visit.getHostUserId());
    if (!history.existsByNetworkIdAndPairHashAndSchoolYear(
        visit.getNetworkId(), hash, visit.getSchoolYear())) {
      history.save(
          new PairHistory(visit.getNetworkId(), visit.getSchoolYear(), hash, EngineClock.now()));
    }
  }

  /** The hashes of the pairs held in the network before that school year. */
  @Transactional(readOnly = true)
  public Set<String> earlierPairHashes(String networkId, String schoolYear) {
    List<String> hashes = history.findEarlierHashes(networkId, schoolYear);
    return Set.copyOf(hashes);
  }

  /**
   * A hash function of two member ids, order-independent, for one thread: the pairing hashes the
   * pairs of its volunteers with it (one {@link Mac} for all of them).
   */
  public BinaryOperator<String> hasher() {
    Mac mac;
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.key(), ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
    HexFormat hex = HexFormat.of();
    return (a, b) -> {
      boolean ordered = a.compareTo(b) <= 0;
      String first = ordered ? a : b;
      String second = ordered ? b : a;
      byte[] digest = mac.doFinal((first + '\u0000' + second).getBytes(StandardCharsets.UTF_8));
      return hex.formatHex(digest);
    };
  }
}
