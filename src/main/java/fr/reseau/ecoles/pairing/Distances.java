package fr.reseau.ecoles.pairing;

/** Distances between establishments, "à vol d'oiseau". */
public final class Distances {

  /** Mean Earth radius (IUGG), in km. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private Distances() {}

  /** Great-circle distance in km between two points given in decimal degrees (haversine). */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = Math.toRadians(lat2 - lat1);
    double dLambda = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    // Clamp against rounding (a can exceed 1 by an ulp for antipodal points).
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, Math.max(0.0, a))));
  }
}
