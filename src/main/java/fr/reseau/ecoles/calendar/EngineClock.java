package fr.reseau.ecoles.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock. Business dates (submitted at, "today") follow it so that tests which
 * move the engine's clock to fire timers see consistent business data.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ProcessDates.ZONE);
  }
}
