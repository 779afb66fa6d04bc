package fr.reseau.ecoles.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French school year, from 1 September to 31 August, written "2026-2027" in variables, columns
 * and forms (that text stays the stored form; this type only reads and writes it).
 *
 * @param firstYear the calendar year of its September
 */
public record SchoolYear(int firstYear) implements Comparable<SchoolYear> {

  /** The error shown to a person who typed a school year the wrong way. */
  public static final String FORMAT_ERROR =
      "l'année scolaire s'écrit « 2026-2027 » (deux années qui se suivent).";

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{4})");

  public SchoolYear {
    if (firstYear < 1000 || firstYear > 9998) {
      throw new IllegalArgumentException(FORMAT_ERROR);
    }
  }

  /**
   * Reads "2026-2027".
   *
   * @throws IllegalArgumentException with {@link #FORMAT_ERROR} for any other text, null included
   */
  public static SchoolYear parse(String text) {
    Matcher matcher = text == null ? null : TEXT.matcher(text);
    if (matcher == null
        || !matcher.matches()
        || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
      throw new IllegalArgumentException(FORMAT_ERROR);
    }
    return new SchoolYear(Integer.parseInt(matcher.group(1)));
  }

  /** The school year a day belongs to: September and later open a new one. */
  public static SchoolYear containing(LocalDate day) {
    return new SchoolYear(
        day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
  }

  public SchoolYear next() {
    return new SchoolYear(firstYear + 1);
  }

  public SchoolYear previous() {
    return new SchoolYear(firstYear - 1);
  }

  /** 1 September of the first year. */
  public LocalDate firstDay() {
    return LocalDate.of(firstYear, Month.SEPTEMBER, 1);
  }

  /** 31 August of the second year. */
  public LocalDate lastDay() {
    return LocalDate.of(firstYear + 1, Month.AUGUST, 31);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(firstYear, other.firstYear);
  }

  /** "2026-2027", the form {@link #parse} reads. */
  @Override
  public String toString() {
    return firstYear + "-" + (firstYear + 1);
  }
}
