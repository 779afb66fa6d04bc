package fr.reseau.ecoles.review;

import fr.reseau.ecoles.workshop.Referent;
import fr.reseau.ecoles.workshop.ReferentRepository;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayRepository;
import fr.reseau.ecoles.workshop.WorkshopDayStatus;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's workshop days ({@code workshop-day}): the days of the network and school year that
 * were held (status held or published), and the referents confirmed on them.
 */
@Component
@Transactional(readOnly = true)
public class WorkshopDayFigures implements WorkshopFigures {

  private final WorkshopDayRepository days;
  private final ReferentRepository referents;

  public WorkshopDayFigures(WorkshopDayRepository days, ReferentRepository referents) {
    this.days = days;
    this.referents = referents;
  }

  @Override
  public YearIndicators.Workshops of(String networkId, String schoolYear) {
    List<WorkshopDay> held =
        days.findByNetworkIdOrderByDayDateDesc(networkId).stream()
            .filter(d -> schoolYear.equals(d.getSchoolYear()))
            .filter(
                d ->
                    d.getStatus() == WorkshopDayStatus.HELD
                        || d.getStatus() == WorkshopDayStatus.PUBLISHED)
            .toList();
    long confirmed =
        held.stream()
            .flatMap(d -> referents.findByWorkshopDayIdOrderByScoreDescIdAsc(d.getId()).stream())
            .filter(Referent::isConfirmed)
            .count();
    return new YearIndicators.Workshops(held.size(), confirmed);
  }
}
