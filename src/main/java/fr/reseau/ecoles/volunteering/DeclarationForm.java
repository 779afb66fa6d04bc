package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.util.Set;

/** The volunteering form ({@code declare-volunteering}), read and checked field by field. */
public record DeclarationForm(
    boolean volunteer,
    VolunteerRole role,
    String publicServed,
    Set<String> constraintKinds,
    String constraints,
    Set<String> needs,
    Set<String> strengths,
    boolean ppcrPlanned,
    String expectations,
    LocalDate ppcrDate) {

  /** Without a PPCR date (the form before the field existed). */
  public DeclarationForm(
      boolean volunteer,
      VolunteerRole role,
      String publicServed,
      Set<String> constraintKinds,
      String constraints,
      Set<String> needs,
      Set<String> strengths,
      boolean ppcrPlanned,
      String expectations) {
    this(
        volunteer,
        role,
        publicServed,
        constraintKinds,
        constraints,
        needs,
        strengths,
        ppcrPlanned,
        expectations,
        null);
  }

  public static DeclarationForm read(FormInput input) {
    boolean volunteer = input.requiredBoolean(CdiTourVariables.VOLUNTEER);
    if (!volunteer) {
      // Not volunteering this year: the rest of the form is hidden and not kept.
      return new DeclarationForm(
          false, null, null, Set.of(), null, Set.of(), Set.of(), false, null);
    }
    VolunteerRole role =
        VolunteerRole.fromCode(
            input.requiredCode(CdiTourVariables.VOLUNTEER_ROLE, VolunteerRole.codes()));
    String publicServed = input.requiredCode(CdiTourVariables.PUBLIC_SERVED, PublicServed.codes());
    Set<String> constraintKinds =
        input.codeList(CdiTourVariables.CONSTRAINT_KINDS, ConstraintKind.codes());
    String constraints = input.optionalText(CdiTourVariables.CONSTRAINTS, 2000);
    Set<String> needs = input.codeList(CdiTourVariables.NEEDS, Theme.codes());
    Set<String> strengths = input.codeList(CdiTourVariables.STRENGTHS, Theme.codes());
    boolean ppcrPlanned = input.optionalBoolean(CdiTourVariables.PPCR_PLANNED, false);
    String expectations = input.optionalText(CdiTourVariables.EXPECTATIONS, 4000);
    // Checked whenever sent (a bad value is always a 400), kept only with a PPCR planned.
    LocalDate ppcrDate = ppcrDate(input);
    if (!ppcrPlanned) {
      ppcrDate = null;
    }
    return new DeclarationForm(
        true,
        role,
        publicServed,
        constraintKinds,
        constraints,
        needs,
        strengths,
        ppcrPlanned,
        expectations,
        ppcrDate);
  }

  /** Optional; after today and within the two school years the form speaks of. */
  private static LocalDate ppcrDate(FormInput input) {
    LocalDate date = input.optionalDate(CdiTourVariables.PPCR_DATE);
    if (date == null) {
      return null;
    }
    LocalDate today = EngineClock.today();
    if (!date.isAfter(today)) {
      throw new InvalidInputException(
          CdiTourVariables.PPCR_DATE,
          "la date du rendez-vous de carrière doit être postérieure à aujourd'hui.");
    }
    if (date.isAfter(today.plusYears(2))) {
      throw new InvalidInputException(
          CdiTourVariables.PPCR_DATE,
          "la date du rendez-vous de carrière doit tomber dans les deux ans qui viennent.");
    }
    return date;
  }
}
