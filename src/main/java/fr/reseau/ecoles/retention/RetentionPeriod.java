package fr.reseau.ecoles.retention;

/**
 * The retention period a designer sets on {@code Task_PurgePersonalContent} (input parameter {@code
 * retentionMonthsAfterSchoolYear}): a typo must stop the purge with a clear incident, never purge
 * too early.
 */
public final class RetentionPeriod {

  private RetentionPeriod() {}

  /** Whole months, 0 or more; anything else is refused with a French message for the designer. */
  public static int months(Object value) {
    if (value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())
        && number.intValue() >= 0) {
      return number.intValue();
    }
    throw new IllegalArgumentException(
        "Le paramètre d'entrée "
            + DataRetentionVariables.RETENTION_MONTHS_AFTER_SCHOOL_YEAR
            + " de « Effacer les données"
            + " personnelles échues » doit être un nombre entier de mois, 0 ou plus, par exemple ${12} (valeur reçue : "
            + value
            + ").");
  }
}
