package fr.reseau.ecoles.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayPeriodRepository
    extends JpaRepository<HolidayPeriod, Long>, HolidayPeriodDeletes {}
