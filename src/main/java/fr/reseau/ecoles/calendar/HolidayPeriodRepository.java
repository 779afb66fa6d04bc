package fr.reseau.ecoles.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface HolidayPeriodRepository extends JpaRepository<HolidayPeriod, Long> {

  /** Removes a zone's periods starting in [from, until): an import replaces what it covers. */
  @Modifying
  @Query("delete from HolidayPeriod h where h.zone = ?1 and h.startsOn >= ?2 and h.startsOn < ?3")
  int deleteStartingBetween(String zone, LocalDate from, LocalDate until);
}
