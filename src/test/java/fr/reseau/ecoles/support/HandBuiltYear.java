package fr.reseau.ecoles.support;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationForm;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school year built directly in the database, whose indicators are known (the figures are worked
 * out in the comments), on a test network of six establishments (documentalistes 0 to 5).
 */
@Component
public class HandBuiltYear {

  public static final String YEAR = "2026-2027";
  public static final String PREVIOUS_YEAR = "2025-2026";

  private final CampaignRepository campaigns;
  private final DeclarationRepository declarations;
  private final VisitRepository visits;
  private final RecapRepository recaps;
  private final EstablishmentRepository establishments;

  public HandBuiltYear(
      CampaignRepository campaigns,
      DeclarationRepository declarations,
      VisitRepository visits,
      RecapRepository recaps,
      EstablishmentRepository establishments) {
    this.campaigns = campaigns;
    this.declarations = declarations;
    this.visits = visits;
    this.recaps = recaps;
    this.establishments = establishments;
  }

  /**
   * Six documentalistes asked, five answers, four volunteers:
   *
   * <ul>
   *   <li>0: both, collège, needs digital + info-literacy, PPCR;
   *   <li>1: host, collège, needs digital;
   *   <li>2: visitor, collège, needs welcome-layout, PPCR;
   *   <li>3: both, lycée, needs digital;
   *   <li>4: answered, not a volunteer; 5: no answer.
   * </ul>
   *
   * Pairing approved on 5 October 2026; visits: 0→1 held on 19 November (45 days), recap validated
   * with training need digital; 2→3 held on 10 December (66 days), recap validated with digital and
   * management-budget; 3→0 held on 14 January 2027 (101 days), recap not validated yet; 1→2
   * cancelled on 8 May 2027.
   */
  @Transactional
  public Long build(TestNetwork network) {
    List<String> docs = network.documentalistes();
    Campaign campaign =
        campaigns.save(
            new Campaign(
                network.id(),
                YEAR,
                LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2027, 5, 28),
                null,
                network.coordinator(),
                at(LocalDate.of(2026, 9, 7))));
    Long id = campaign.getId();
    volunteer(
        id, network, 0, VolunteerRole.BOTH, "college", Set.of("digital", "info-literacy"), true);
    volunteer(id, network, 1, VolunteerRole.HOST, "college", Set.of("digital"), false);
    volunteer(id, network, 2, VolunteerRole.VISITOR, "college", Set.of("welcome-layout"), true);
    volunteer(id, network, 3, VolunteerRole.BOTH, "lycee", Set.of("digital"), false);
    declarations.save(
        Declaration.answered(
            id,
            docs.get(4),
            code(network, 4),
            new DeclarationForm(false, null, null, Set.of(), null, Set.of(), Set.of(), false, null),
            at(LocalDate.of(2026, 9, 20))));
    declarations.save(
        Declaration.notAnswered(id, docs.get(5), code(network, 5), at(LocalDate.of(2026, 10, 1))));

    Visit held1 = visit(id, network, 0, 1);
    held(held1, LocalDate.of(2026, 11, 19));
    held1.complete(at(LocalDate.of(2026, 11, 25)));
    recap(held1, Set.of("digital"), true);
    Visit held2 = visit(id, network, 2, 3);
    held(held2, LocalDate.of(2026, 12, 10));
    held2.complete(at(LocalDate.of(2026, 12, 15)));
    recap(held2, Set.of("digital", "management-budget"), true);
    Visit held3 = visit(id, network, 3, 0);
    held(held3, LocalDate.of(2027, 1, 14));
    recap(held3, Set.of("guidance"), false);
    Visit cancelled = visit(id, network, 1, 2);
    cancelled.cancel("Congé", at(LocalDate.of(2027, 5, 8)));
    visits.saveAll(List.of(held1, held2, held3, cancelled));
    return id;
  }

  /**
   * The year before: two asked, one volunteer (host, collège, needs digital), one visit 1→0 held,
   * recap validated.
   */
  @Transactional
  public Long buildPrevious(TestNetwork network) {
    Campaign campaign =
        campaigns.save(
            new Campaign(
                network.id(),
                PREVIOUS_YEAR,
                LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 6),
                LocalDate.of(2026, 5, 29),
                null,
                network.coordinator(),
                at(LocalDate.of(2025, 9, 8))));
    Long id = campaign.getId();
    volunteer(id, network, 0, VolunteerRole.HOST, "college", Set.of("digital"), false);
    declarations.save(
        Declaration.notAnswered(
            id, network.documentalistes().get(1), code(network, 1), at(LocalDate.of(2025, 10, 1))));
    Visit visit =
        new Visit(
            id,
            network.id(),
            PREVIOUS_YEAR,
            network.documentalistes().get(1),
            network.documentalistes().get(0),
            code(network, 1),
            code(network, 0),
            10.0,
            "",
            LocalDate.of(2025, 10, 6),
            LocalDate.of(2026, 5, 29),
            at(LocalDate.of(2025, 10, 6)));
    visits.save(visit);
    held(visit, LocalDate.of(2025, 11, 20));
    visit.complete(at(LocalDate.of(2025, 11, 27)));
    visits.save(visit);
    recap(visit, Set.of(), true);
    return id;
  }

  private void volunteer(
      Long campaignId,
      TestNetwork network,
      int i,
      VolunteerRole role,
      String publicServed,
      Set<String> needs,
      boolean ppcr) {
    declarations.save(
        Declaration.answered(
            campaignId,
            network.documentalistes().get(i),
            code(network, i),
            new DeclarationForm(
                true, role, publicServed, Set.of(), null, needs, Set.of(), ppcr, null),
            at(LocalDate.of(2026, 9, 15))));
  }

  private Visit visit(Long campaignId, TestNetwork network, int visitor, int host) {
    return visits.save(
        new Visit(
            campaignId,
            network.id(),
            YEAR,
            network.documentalistes().get(visitor),
            network.documentalistes().get(host),
            code(network, visitor),
            code(network, host),
            10.0 * Math.abs(visitor - host),
            "",
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2027, 5, 28),
            at(LocalDate.of(2026, 10, 5))));
  }

  private static void held(Visit visit, LocalDate date) {
    visit.proposeDate(date, "morning");
    visit.agreeDate(at(date.minusDays(20)));
    visit.signMissionOrder("OM-1");
    visit.confirmHeld(at(date.plusDays(1)));
  }

  private void recap(Visit visit, Set<String> trainingNeeds, boolean validated) {
    Recap recap =
        new Recap(
            visit.getId(),
            1,
            "Échanges",
            "Piste accueil",
            "Piste visiteur",
            null,
            trainingNeeds,
            true,
            at(visit.getVisitDate().plusDays(2)));
    if (validated) {
      recap.answer(true, null, true, at(visit.getVisitDate().plusDays(4)));
    }
    recaps.save(recap);
  }

  private String code(TestNetwork network, int school) {
    return establishments.findByNetworkIdOrderByCode(network.id()).get(school).getCode();
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(ProcessDates.ZONE).toInstant();
  }
}
