package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistancesTest {

  @Test
  void vaisonLaRomaineToNyons() {
    double km = Distances.haversineKm(44.2406, 5.0747, 44.3606, 5.1403);

    // About 14.5 km as the crow flies; the haversine formula on a 6371 km sphere gives 14.33 km.
    assertThat(km).isCloseTo(14.5, within(0.5));
    assertThat(km).isCloseTo(14.33, within(0.05));
  }

  @Test
  void isSymmetricAndZeroOnTheSamePoint() {
    assertThat(Distances.haversineKm(44.3606, 5.1403, 44.2406, 5.0747))
        .isEqualTo(Distances.haversineKm(44.2406, 5.0747, 44.3606, 5.1403));
    assertThat(Distances.haversineKm(44.2406, 5.0747, 44.2406, 5.0747)).isZero();
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertThat(Distances.haversineKm(44.0, 5.0, 45.0, 5.0)).isCloseTo(111.19, within(0.05));
  }

  @Test
  void antipodesAreHalfTheCircumference() {
    assertThat(Distances.haversineKm(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0088, within(1e-6));
  }
}
