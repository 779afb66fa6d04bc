package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.review.IndicatorCatalogue;
import fr.reseau.ecoles.review.IndicatorTarget;
import fr.reseau.ecoles.review.IndicatorTargetRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators the board of réseau Sainte Victoire chose for the current school year, with their
 * targets (issue 19), as its network meeting would have: so {@code /bilan/sainte-victoire/{year}}
 * shows target against actual per zone (Aix, Pertuis, Gardanne) from the first start. Seeded for
 * the school year of the day the application starts, once: a year whose indicators are chosen (by
 * the demo or by a meeting) is left as it is. No annual review chose them: {@code reviewId} is
 * null.
 */
@Component
@Profile("demo")
@Order(13)
public class DemoIndicatorTargets implements ApplicationRunner {

  static final String NETWORK_ID = "sainte-victoire";

  /** The board's choice: participation, visits held, inter-degree visits, needs covered. */
  static final Map<IndicatorCatalogue, Double> TARGETS = targets();

  private static final Logger LOG = LoggerFactory.getLogger(DemoIndicatorTargets.class);

  private final IndicatorTargetRepository targets;

  public DemoIndicatorTargets(IndicatorTargetRepository targets) {
    this.targets = targets;
  }

  private static Map<IndicatorCatalogue, Double> targets() {
    Map<IndicatorCatalogue, Double> chosen = new LinkedHashMap<>();
    chosen.put(IndicatorCatalogue.PARTICIPATION_RATE, 75.0);
    chosen.put(IndicatorCatalogue.VISITS_HELD, 6.0);
    chosen.put(IndicatorCatalogue.INTER_DEGREE_VISITS, 3.0);
    chosen.put(IndicatorCatalogue.NEEDS_COVERED_RATE, 50.0);
    return java.util.Collections.unmodifiableMap(chosen);
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String year = SchoolYear.containing(EngineClock.today()).toString();
    if (targets.existsByNetworkIdAndSchoolYear(NETWORK_ID, year)) {
      return;
    }
    TARGETS.forEach(
        (indicator, target) ->
            targets.save(
                new IndicatorTarget(NETWORK_ID, year, indicator, target, null, EngineClock.now())));
    LOG.info("Demo: {} indicators with targets for {} {}", TARGETS.size(), NETWORK_ID, year);
  }
}
