package fr.reseau.ecoles.holidays;

import java.time.LocalDate;

/**
 * One holiday period read from an official calendar file: from {@code from} (first day off) to
 * {@code until} (the day classes resume, not included), in one zone.
 */
record OfficialHoliday(String zone, LocalDate from, LocalDate until, String label) {}
