package fr.reseau.ecoles.visit;

import java.time.LocalDate;

/**
 * A half-day a visit takes from its two teachers once its date is agreed: read as plain values (not
 * entities), so a check made under the network lock sees what other transactions committed.
 */
public record HalfDayBooking(
    Long visitId, String visitorUserId, String hostUserId, LocalDate date, String halfDay) {

  boolean involves(String userId) {
    return userId.equals(visitorUserId) || userId.equals(hostUserId);
  }

  boolean sameSlot(LocalDate otherDate, String otherHalfDay) {
    return date.equals(otherDate) && halfDay.equals(otherHalfDay);
  }
}
