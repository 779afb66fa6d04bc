package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.network.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic campaigns for the benchmark and the large comparison tests: establishments spread over
 * France around its towns (denser near the big ones), one to three documentalistes each, roles,
 * needs and strengths, PPCRs, the pairs of the last two years (mostly near ones, as the optimum
 * made them), a few forbidden and forced pairs. Seeded: the same arguments give the same request.
 *
 * <p>Up to 1,500 volunteers the campaign is one académie's (Provence and the Alps around
 * Aix-Marseille and Nice); up to 5,000 the southern half of France; beyond, the whole country.
 */
final class FrenchNetworks {

  /** Town, latitude, longitude, weight (establishments around it), region: 0 PACA, 1 south. */
  private static final Object[][] TOWNS = {
    {"Marseille", 43.2965, 5.3698, 40, 0},
    {"Nice", 43.7102, 7.2620, 25, 0},
    {"Toulon", 43.1242, 5.9280, 18, 0},
    {"Aix-en-Provence", 43.5297, 5.4474, 15, 0},
    {"Avignon", 43.9493, 4.8055, 12, 0},
    {"Gap", 44.5594, 6.0786, 6, 0},
    {"Digne-les-Bains", 44.0925, 6.2356, 4, 0},
    {"Vaison-la-Romaine", 44.2410, 5.0740, 3, 0},
    {"Cannes", 43.5528, 7.0174, 10, 0},
    {"Arles", 43.6766, 4.6278, 6, 0},
    {"Montpellier", 43.6108, 3.8767, 25, 1},
    {"Toulouse", 43.6047, 1.4442, 35, 1},
    {"Bordeaux", 44.8378, -0.5792, 35, 1},
    {"Lyon", 45.7640, 4.8357, 45, 1},
    {"Grenoble", 45.1885, 5.7245, 20, 1},
    {"Clermont-Ferrand", 45.7772, 3.0870, 15, 1},
    {"Limoges", 45.8336, 1.2611, 10, 1},
    {"Perpignan", 42.6887, 2.8948, 10, 1},
    {"Pau", 43.2951, -0.3708, 8, 1},
    {"Nîmes", 43.8367, 4.3601, 12, 1},
    {"Ajaccio", 41.9192, 8.7386, 4, 1},
    {"Paris", 48.8566, 2.3522, 120, 2},
    {"Lille", 50.6292, 3.0573, 45, 2},
    {"Nantes", 47.2184, -1.5536, 30, 2},
    {"Rennes", 48.1173, -1.6778, 25, 2},
    {"Strasbourg", 48.5734, 7.7521, 25, 2},
    {"Rouen", 49.4432, 1.0999, 20, 2},
    {"Caen", 49.1829, -0.3707, 15, 2},
    {"Orléans", 47.9030, 1.9093, 15, 2},
    {"Dijon", 47.3220, 5.0415, 15, 2},
    {"Nancy", 48.6921, 6.1844, 18, 2},
    {"Reims", 49.2583, 4.0317, 15, 2},
    {"Amiens", 49.8941, 2.2958, 12, 2},
    {"Besançon", 47.2378, 6.0241, 12, 2},
    {"Poitiers", 46.5802, 0.3404, 12, 2},
    {"Tours", 47.3941, 0.6848, 14, 2},
    {"Brest", 48.3904, -4.4861, 10, 2},
    {"Le Mans", 48.0061, 0.1996, 10, 2},
  };

  private FrenchNetworks() {}

  static PairingRequest campaign(int volunteers, long seed) {
    Random random = new Random(seed);
    int region = volunteers <= 1500 ? 0 : volunteers <= 5000 ? 1 : 2;
    List<Object[]> towns = new ArrayList<>();
    int totalWeight = 0;
    for (Object[] town : TOWNS) {
      if ((int) town[4] <= region) {
        towns.add(town);
        totalWeight += (int) town[3];
      }
    }
    List<Volunteer> people = new ArrayList<>();
    List<Theme> themes = List.of(Theme.values());
    int establishment = 0;
    while (people.size() < volunteers) {
      Object[] town = pick(towns, totalWeight, random);
      // Around the town: half within ~10 km, the others spread over its département (~60 km).
      double spreadKm = random.nextBoolean() ? 10 : 60;
      double lat = (double) town[1] + random.nextGaussian() * spreadKm / 111.0;
      double lon =
          (double) town[2]
              + random.nextGaussian() * spreadKm / (111.0 * Math.cos(Math.toRadians(lat)));
      String code = String.format("%07dX", establishment++);
      int colleagues = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
      for (int c = 0; c < colleagues && people.size() < volunteers; c++) {
        int role = random.nextInt(100);
        boolean canVisit = role < 75; // 45 % both, 30 % visit only, 25 % host only
        boolean canHost = role >= 30;
        int id = people.size();
        people.add(
            new Volunteer(
                String.format("doc%05d", id),
                "Documentaliste " + id,
                code,
                "Établissement " + code + " (" + town[0] + ")",
                lat,
                lon,
                canVisit,
                canHost,
                someThemes(themes, random),
                someThemes(themes, random),
                random.nextInt(100) < 15));
      }
    }
    // Pairs of the two last years: each volunteer visited someone nearby (by index, the
    // generation order follows towns only loosely: nearby = same town draw, a few indices away).
    Set<PairKey> earlier = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      for (int year = 0; year < 2; year++) {
        if (random.nextInt(100) < 60) {
          int j = Math.floorMod(i + 1 + random.nextInt(40) - 20, people.size());
          if (j != i) {
            earlier.add(new PairKey(people.get(i).userId(), people.get(j).userId()));
          }
        }
      }
    }
    Set<PairKey> forbidden = new HashSet<>();
    List<PairKey> forced = new ArrayList<>();
    Set<String> forcedVisitors = new HashSet<>();
    Set<String> forcedHosts = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      if (random.nextInt(100) == 0) {
        int j = Math.floorMod(i + 1 + random.nextInt(20), people.size());
        forbidden.add(new PairKey(people.get(i).userId(), people.get(j).userId()));
      }
    }
    for (int tries = 0; tries < people.size() / 100; tries++) {
      Volunteer a = people.get(random.nextInt(people.size()));
      Volunteer b = people.get(random.nextInt(people.size()));
      PairKey pair = new PairKey(a.userId(), b.userId());
      if (a.canVisit()
          && b.canHost()
          && !a.establishmentCode().equals(b.establishmentCode())
          && !forbidden.contains(pair)
          && forcedVisitors.add(a.userId())) {
        if (forcedHosts.add(b.userId())) {
          forced.add(pair);
        } else {
          forcedVisitors.remove(a.userId());
        }
      }
    }
    return new PairingRequest(people, earlier, forbidden, forced, PairingWeights.defaults());
  }

  private static Object[] pick(List<Object[]> towns, int totalWeight, Random random) {
    int x = random.nextInt(totalWeight);
    for (Object[] town : towns) {
      x -= (int) town[3];
      if (x < 0) {
        return town;
      }
    }
    return towns.get(towns.size() - 1);
  }

  private static Set<String> someThemes(List<Theme> themes, Random random) {
    Set<String> codes = new LinkedHashSet<>();
    int n = random.nextInt(4);
    while (codes.size() < n) {
      codes.add(themes.get(random.nextInt(themes.size())).code());
    }
    return codes;
  }
}
