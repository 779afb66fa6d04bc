package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.visit.PairHistoryService;
import fr.reseau.ecoles.visit.PseudonymPair;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pair-history check on pseudonyms, without Spring: right pairs, both directions, linear. */
class PairHistoryPairsTest {

  private static final byte[] KEY =
      "a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);

  @Test
  void excludesBothDirectionsOfTheRowsWhoseTwoMembersVolunteer() {
    List<Volunteer> volunteers = volunteers(300);
    UnaryOperator<String> pseudonym = hmac();
    List<PseudonymPair> rows =
        List.of(
            row(pseudonym, "m00010", "m00200"),
            row(pseudonym, "m00006", "m00005"),
            // one former member: not a pair of this campaign
            row(pseudonym, "m00007", "former-1"),
            row(pseudonym, "former-1", "former-2"));

    Set<PairKey> pairs = PairHistoryPairs.earlier(volunteers, rows, pseudonym);

    assertThat(pairs)
        .containsExactlyInAnyOrder(
            new PairKey("m00010", "m00200"),
            new PairKey("m00200", "m00010"),
            new PairKey("m00005", "m00006"),
            new PairKey("m00006", "m00005"));
  }

  @Test
  void theResultDependsNeitherOnTheVolunteersOrderNorOnTheRowsDirection() {
    List<Volunteer> volunteers = volunteers(300);
    UnaryOperator<String> pseudonym = hmac();
    List<PseudonymPair> rows =
        List.of(row(pseudonym, "m00042", "m00017"), row(pseudonym, "m00299", "m00001"));
    List<PseudonymPair> reversed =
        List.of(row(pseudonym, "m00001", "m00299"), row(pseudonym, "m00017", "m00042"));
    List<Volunteer> shuffled = new ArrayList<>(volunteers);
    Collections.shuffle(shuffled, new Random(21));

    Set<PairKey> pairs = PairHistoryPairs.earlier(volunteers, rows, pseudonym);

    assertThat(pairs).hasSize(4).contains(new PairKey("m00017", "m00042"));
    assertThat(PairHistoryPairs.earlier(shuffled, reversed, pseudonym))
        .containsExactlyInAnyOrderElementsOf(pairs);
  }

  @Test
  void anAcademieWideCampaignIsCheckedWithOneHmacPerVolunteer() {
    int n = 11_000;
    List<Volunteer> volunteers = volunteers(n);
    Set<String> current = new HashSet<>(volunteers.stream().map(Volunteer::userId).toList());
    UnaryOperator<String> writer = hmac();
    // Five earlier years of about n/2 pairs each, among today's volunteers and 4,000 former ones.
    Random random = new Random(17);
    List<PseudonymPair> rows = new ArrayList<>();
    Set<PairKey> expected = new HashSet<>();
    for (int i = 0; i < 5 * n / 2; i++) {
      String a = id(random.nextInt(n + 4_000));
      String b = id(random.nextInt(n + 4_000));
      if (!a.equals(b)) {
        rows.add(row(writer, a, b));
        if (current.contains(a) && current.contains(b)) {
          expected.add(new PairKey(a, b));
          expected.add(new PairKey(b, a));
        }
      }
    }
    AtomicInteger hmacs = new AtomicInteger();
    UnaryOperator<String> reader = hmac();
    UnaryOperator<String> counted =
        memberId -> {
          hmacs.incrementAndGet();
          return reader.apply(memberId);
        };

    long start = System.nanoTime();
    Set<PairKey> pairs = PairHistoryPairs.earlier(volunteers, rows, counted);
    long millis = (System.nanoTime() - start) / 1_000_000;

    System.out.printf(
        "PairHistoryPairs: %d volunteers, %d history rows, %d pairs excluded in %d ms%n",
        n, rows.size(), pairs.size(), millis);
    assertThat(hmacs).hasValue(n);
    assertThat(expected).isNotEmpty();
    assertThat(pairs).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static PseudonymPair row(UnaryOperator<String> pseudonym, String a, String b) {
    return PairHistoryService.pairOf(pseudonym.apply(a), pseudonym.apply(b));
  }

  private static List<Volunteer> volunteers(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Volunteer(
                    id(i),
                    "Documentaliste " + i,
                    "E" + i,
                    "Établissement " + i,
                    43.0 + i % 100 / 100.0,
                    5.0 + i / 100 / 100.0,
                    true,
                    true,
                    Set.of("digital"),
                    Set.of("digital"),
                    false))
        .toList();
  }

  private static String id(int i) {
    return String.format("m%05d", i);
  }

  /** The same HMAC-SHA256 pseudonym as the service, with a test key. */
  private static UnaryOperator<String> hmac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      HexFormat hex = HexFormat.of();
      return id -> hex.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
