package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.network.Theme;
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
    String expectations) {

  public static DeclarationForm read(FormInput input) {
    boolean volunteer = input.requiredBoolean("volunteer");
    if (!volunteer) {
      // Not volunteering this year: the rest of the form is hidden and not kept.
      return new DeclarationForm(
          false, null, null, Set.of(), null, Set.of(), Set.of(), false, null);
    }
    VolunteerRole role =
        VolunteerRole.fromCode(input.requiredCode("volunteerRole", VolunteerRole.codes()));
    String publicServed = input.requiredCode("publicServed", PublicServed.codes());
    Set<String> constraintKinds = input.codeList("constraintKinds", ConstraintKind.codes());
    String constraints = input.optionalText("constraints", 2000);
    Set<String> needs = input.codeList("needs", Theme.codes());
    Set<String> strengths = input.codeList("strengths", Theme.codes());
    boolean ppcrPlanned = input.optionalBoolean("ppcrPlanned", false);
    String expectations = input.optionalText("expectations", 4000);
    return new DeclarationForm(
        true,
        role,
        publicServed,
        constraintKinds,
        constraints,
        needs,
        strengths,
        ppcrPlanned,
        expectations);
  }
}
