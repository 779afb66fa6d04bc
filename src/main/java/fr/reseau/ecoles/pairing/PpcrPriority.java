package fr.reseau.ecoles.pairing;

import java.time.LocalDate;

/**
 * Whether a volunteer's career appraisal (PPCR) gives them priority in the pairing ({@code
 * kmForPpcr} in the cost): when they prepare one whose date is unknown or falls after the first day
 * of the visit window, i.e. a visit can still take place before it. The visit's window then ends
 * the day before the appraisal ({@code visit.PpcrWindow}); an appraisal before the window cannot be
 * prepared by this year's visit and weighs nothing.
 */
public final class PpcrPriority {

  private PpcrPriority() {}

  public static boolean counts(boolean ppcrPlanned, LocalDate ppcrDate, LocalDate windowStart) {
    return ppcrPlanned
        && (ppcrDate == null || windowStart == null || ppcrDate.isAfter(windowStart));
  }
}
