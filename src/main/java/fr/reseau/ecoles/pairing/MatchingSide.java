package fr.reseau.ecoles.pairing;

import java.util.Map;
import java.util.Set;

/** One side of the matching of {@link PairingMatching}, by index: where, what themes, PPCR. */
final class MatchingSide {
  final Volunteer[] people;
  final int[] person;
  final int[] establishment;
  final double[] x;
  final double[] y;
  final double[] z;
  final long[] needMask;
  final long[] strengthMask;

  /** Theme count bounding covered needs from this side: needs of visitors, strengths of hosts. */
  final int[] themes;

  final int[] ppcr;

  /** Zone id (-1: none) and degree ordinal (-1: unknown), set by {@link #territory}. */
  int[] zone;

  int[] degree;

  MatchingSide(
      Volunteer[] people,
      boolean visitors,
      Map<String, Integer> personIds,
      Map<String, Integer> establishmentIds,
      Map<String, Integer> themeBits) {
    this.people = people;
    int n = people.length;
    person = new int[n];
    establishment = new int[n];
    x = new double[n];
    y = new double[n];
    z = new double[n];
    needMask = new long[n];
    strengthMask = new long[n];
    themes = new int[n];
    ppcr = new int[n];
    for (int i = 0; i < n; i++) {
      Volunteer v = people[i];
      person[i] = personIds.get(v.userId());
      String code = v.establishmentCode();
      establishment[i] = code == null || code.isBlank() ? -1 : establishmentIds.get(code);
      double lat = Math.toRadians(v.latitude());
      double lon = Math.toRadians(v.longitude());
      x[i] = Distances.EARTH_RADIUS_KM * Math.cos(lat) * Math.cos(lon);
      y[i] = Distances.EARTH_RADIUS_KM * Math.cos(lat) * Math.sin(lon);
      z[i] = Distances.EARTH_RADIUS_KM * Math.sin(lat);
      needMask[i] = mask(v.needs(), themeBits);
      strengthMask[i] = mask(v.strengths(), themeBits);
      themes[i] = count(visitors ? v.needs() : v.strengths());
      ppcr[i] = v.ppcrPlanned() ? 1 : 0;
    }
  }

  void territory(Map<String, Integer> zoneIds) {
    zone = new int[people.length];
    degree = new int[people.length];
    for (int i = 0; i < people.length; i++) {
      String code = people[i].zoneCode();
      zone[i] = code == null || code.isBlank() ? -1 : zoneIds.get(code);
      degree[i] = people[i].degree() == null ? -1 : people[i].degree().ordinal();
    }
  }

  ChordTree tree() {
    return new ChordTree(x, y, z, themes, ppcr);
  }

  int maxThemes() {
    int max = 0;
    for (int t : themes) {
      max = Math.max(max, t);
    }
    return max;
  }

  private static long mask(Set<String> codes, Map<String, Integer> bits) {
    long mask = 0;
    for (String code : codes) {
      Integer bit = code == null ? null : bits.get(code);
      if (bit != null && bit < 64) {
        mask |= 1L << bit;
      }
    }
    return mask;
  }

  private static int count(Set<String> codes) {
    int n = 0;
    for (String code : codes) {
      n += code == null ? 0 : 1;
    }
    return n;
  }
}
