package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Never the same pair again", across years and after the purge: when a visit is held, the keyed
 * pseudonyms HMAC-SHA256(installation key, member id) of its two teachers are stored, sorted, with
 * the network and the school year. Order-independent (A visiting B and B visiting A are one pair);
 * without the key nobody can tell whose pseudonym it is, and ids are never stored. Pseudonyms of
 * people rather than hashes of pairs let the pairing check n volunteers with n HMACs
 * (docs/pairing.md).
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
    UnaryOperator<String> pseudonym = pseudonymizer();
    PseudonymPair pair =
        pairOf(pseudonym.apply(visit.getVisitorUserId()), pseudonym.apply(visit.getHostUserId()));
    if (!history.existsByNetworkIdAndPseudonymLowAndPseudonymHighAndSchoolYear(
        visit.getNetworkId(), pair.low(), pair.high(), visit.getSchoolYear())) {
      history.save(
          new PairHistory(visit.getNetworkId(), visit.getSchoolYear(), pair, EngineClock.now()));
    }
  }

  /** The pseudonym pairs held in the network before that school year, each once. */
  @Transactional(readOnly = true)
  public List<PseudonymPair> earlierPairs(String networkId, String schoolYear) {
    return history.findEarlierPairs(networkId, schoolYear);
  }

  /**
   * The pseudonym of a member id, for one thread: one {@link Mac} for all the ids it is applied to
   * (a Mac is not thread-safe).
   */
  public UnaryOperator<String> pseudonymizer() {
    Mac mac;
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.key(), ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
    HexFormat hex = HexFormat.of();
    return memberId -> hex.formatHex(mac.doFinal(memberId.getBytes(StandardCharsets.UTF_8)));
  }

  /** The two pseudonyms sorted, so that a pair is the same row whatever its direction. */
  public static PseudonymPair pairOf(String a, String b) {
    return a.compareTo(b) <= 0 ? new PseudonymPair(a, b) : new PseudonymPair(b, a);
  }
}
