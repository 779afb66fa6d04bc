package fr.reseau.ecoles.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's indicators ({@link IndicatorCatalogue}) measured on the whole network, on each of
 * its zones and on each degree (primaire, secondaire): anonymous counts and rates, stored with the
 * year's report so that later years can be compared after the purge.
 */
public record Territory(List<Scope> scopes) {

  public static final String NETWORK = "network";
  public static final String ZONE = "zone";
  public static final String DEGREE = "degree";

  /**
   * One column of figures: {@code kind} network, zone or degree; {@code code} the zone's code or
   * {@code primaire} / {@code secondaire}; {@code values} by indicator code, {@code null} when it
   * cannot be measured there (a rate without anyone asked, workshop days outside the network).
   */
  public record Scope(String kind, String code, String name, Map<String, Double> values) {

    public Double value(IndicatorCatalogue indicator) {
      return values.get(indicator.code());
    }
  }

  @JsonIgnore
  public Scope network() {
    return scopes.stream().filter(s -> NETWORK.equals(s.kind())).findFirst().orElseThrow();
  }

  @JsonIgnore
  public List<Scope> zones() {
    return scopes.stream().filter(s -> ZONE.equals(s.kind())).toList();
  }

  @JsonIgnore
  public List<Scope> degrees() {
    return scopes.stream().filter(s -> DEGREE.equals(s.kind())).toList();
  }
}
