package fr.reseau.ecoles.volunteering;

import java.util.Arrays;
import java.util.List;

/** What a volunteer offers: to visit a peer's CDI, to host a peer, or both. */
public enum VolunteerRole {
  VISITOR("visitor"),
  HOST("host"),
  BOTH("both");

  private final String code;

  VolunteerRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean canVisit() {
    return this != HOST;
  }

  public boolean canHost() {
    return this != VISITOR;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(VolunteerRole::code).toList();
  }

  public static VolunteerRole fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown role " + code));
  }
}
