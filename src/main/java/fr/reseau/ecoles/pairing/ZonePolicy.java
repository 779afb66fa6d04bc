package fr.reseau.ecoles.pairing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a campaign's pairing treats the network's zones (issue 19), set on the {@code cdi-tour} start
 * form ({@code zonePolicy}): its code is the form's value.
 */
public enum ZonePolicy {
  /** Zones play no part (the default, and the only sense for a network without zones). */
  IGNORE("ignore"),
  /** A visit within one zone saves {@link PairingWeights#kmForSameZone()} km of its cost. */
  PREFER("prefer"),
  /** Hard rule: visitor and host in the same zone (an establishment without zone pairs nobody). */
  REQUIRE("require"),
  /** Hard rule: visitor and host in two different zones (or one without zone). */
  AVOID("avoid");

  private final String code;

  ZonePolicy(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(ZonePolicy::code).toList();
  }

  public static Optional<ZonePolicy> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
