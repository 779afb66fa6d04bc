package fr.reseau.ecoles.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.academic.AcademicGroup;
import fr.reseau.ecoles.academic.AcademicGroupRepository;
import fr.reseau.ecoles.calendar.HolidayPeriod;
import fr.reseau.ecoles.calendar.HolidayPeriodRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.visit.HalfDayBooking;
import fr.reseau.ecoles.visit.PairHistory;
import fr.reseau.ecoles.visit.PairHistoryRepository;
import fr.reseau.ecoles.visit.PseudonymPair;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayRepository;
import fr.reseau.ecoles.workshop.WorkshopDayStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository queries written with the Criteria API instead of {@code @Query} strings (start-up
 * CPU, docs/performance.md) keep what the strings said: distinct rows, outer joins, empty lists,
 * bounds and the statuses counted.
 */
class CriteriaQueriesTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired AcademicGroupRepository groups;
  @Autowired PairHistoryRepository history;
  @Autowired VisitRepository visits;
  @Autowired WorkshopDayRepository days;
  @Autowired HolidayPeriodRepository holidays;
  @Autowired TransactionTemplate transaction;

  String networkId;
  String tag;

  @BeforeEach
  void network() {
    networkId = networks.create(2).id();
    tag = UUID.randomUUID().toString().substring(0, 8);
  }

  /** Academic groups and holiday periods are not per network: other tests count them. */
  @AfterEach
  void removeTheSharedRows() {
    groups.deleteAll(groups.findAll().stream().filter(g -> g.getId().endsWith(tag)).toList());
    holidays.deleteAll(holidays.findAll().stream().filter(h -> h.getZone().endsWith(tag)).toList());
  }

  @Test
  void aPersonsGroupsComeOnceEachWhetherMemberInspectorOrBoth() {
    String person = "crit.person." + tag;
    group("b-" + tag, "Nice", "someone.else", List.of(person)); // member only
    group("a-" + tag, "Aix-Marseille", person, List.of(person, "x." + tag)); // both
    group("c-" + tag, "Aix-Marseille", person, List.of()); // inspector only
    group("d-" + tag, "Aix-Marseille", "someone.else", List.of("y." + tag)); // not theirs

    assertThat(groups.involving(person))
        .extracting(AcademicGroup::getId)
        .containsExactly("a-" + tag, "c-" + tag, "b-" + tag);
  }

  @Test
  void theEarlierPairsAreDistinctSortedAndOfEarlierYearsOfTheNetworkOnly() {
    Instant now = Instant.now();
    PseudonymPair first = new PseudonymPair("a".repeat(64), "b".repeat(64));
    PseudonymPair second = new PseudonymPair("a".repeat(64), "c".repeat(64));
    history.save(new PairHistory(networkId, "2024-2025", second, now));
    history.save(new PairHistory(networkId, "2024-2025", first, now));
    history.save(new PairHistory(networkId, "2025-2026", first, now));
    history.save(
        new PairHistory(
            networkId, "2026-2027", new PseudonymPair("d".repeat(64), "e".repeat(64)), now));

    assertThat(history.findEarlierPairs(networkId, "2026-2027")).containsExactly(first, second);
    assertThat(history.findEarlierPairs(networkId, "2024-2025")).isEmpty();
    assertThat(history.findEarlierPairs("no-such-network", "2026-2027")).isEmpty();
  }

  @Test
  void aCalendarHoldsTheAnnouncedVisitsOfThePersonAndOfTheEstablishmentsTheyLead() {
    String teacher = "crit.teacher." + tag;
    String other = "crit.other." + tag;
    Visit agreed = visit(teacher, other, "0130001A", "0130002B", LocalDate.of(2027, 1, 12), true);
    visit(other, "crit.third." + tag, "0840003C", "0130009Z", LocalDate.of(2027, 1, 5), true);
    Visit cancelled = visit(other, teacher, null, null, LocalDate.of(2027, 2, 1), true);
    transaction.executeWithoutResult(
        s -> {
          Visit v = visits.findById(cancelled.getId()).orElseThrow();
          v.cancel("test", Instant.now());
        });
    visit(teacher, "crit.fourth." + tag, null, null, LocalDate.of(2027, 3, 1), false); // proposed

    assertThat(visits.findAnnouncedOf(teacher, List.of()))
        .extracting(Visit::getId)
        .containsExactly(agreed.getId());
    List<Visit> led = visits.findAnnouncedOf("crit.head." + tag, Set.of("0130009Z"));
    assertThat(led).extracting(Visit::getVisitDate).containsExactly(LocalDate.of(2027, 1, 5));
  }

  @Test
  void theBookedHalfDaysAreTheAgreedVisitsOfThoseTeachersButTheOneAsked() {
    String teacher = "crit.teacher." + tag;
    Visit agreed = visit(teacher, "crit.b." + tag, null, null, LocalDate.of(2027, 1, 12), true);
    Visit hosted = visit("crit.c." + tag, teacher, null, null, LocalDate.of(2027, 1, 19), true);
    visit(teacher, "crit.d." + tag, null, null, LocalDate.of(2027, 1, 26), false); // only proposed

    assertThat(visits.findBookedHalfDays(networkId, "2026-2027", List.of(teacher), -1L))
        .extracting(HalfDayBooking::visitId)
        .containsExactly(agreed.getId(), hosted.getId());
    assertThat(visits.findBookedHalfDays(networkId, "2026-2027", List.of(teacher), agreed.getId()))
        .extracting(HalfDayBooking::date)
        .containsExactly(LocalDate.of(2027, 1, 19));
    assertThat(visits.findBookedHalfDays(networkId, "2025-2026", List.of(teacher), -1L)).isEmpty();
    assertThat(visits.findBookedHalfDays(networkId, "2026-2027", List.of(), -1L)).isEmpty();
  }

  @Test
  void aDayIsMarkedHeldOnceAndAPublishedDayStaysPublished() {
    Long preparing = day(false);
    Long published = day(true);

    assertThat(held(preparing)).isEqualTo(1);
    assertThat(held(preparing)).isZero();
    assertThat(held(published)).isZero();
    assertThat(days.findById(preparing).orElseThrow().getStatus())
        .isEqualTo(WorkshopDayStatus.HELD);
    assertThat(days.findById(published).orElseThrow().getStatus())
        .isEqualTo(WorkshopDayStatus.PUBLISHED);
  }

  @Test
  void anImportRemovesTheZonesPeriodsStartingFromItsFirstDayUntilItsLastExcluded() {
    String zone = "Zone " + tag;
    LocalDate from = LocalDate.of(2027, 2, 6);
    LocalDate until = LocalDate.of(2027, 4, 10);
    holiday(zone, from.minusDays(1));
    holiday(zone, from);
    holiday(zone, until.minusDays(1));
    holiday(zone, until);
    holiday("Autre " + tag, from);

    Integer removed = transaction.execute(s -> holidays.deleteStartingBetween(zone, from, until));

    assertThat(removed).isEqualTo(2);
    assertThat(holidays.findAll())
        .filteredOn(h -> h.getZone().endsWith(tag))
        .extracting(HolidayPeriod::getStartsOn)
        .containsExactlyInAnyOrder(from.minusDays(1), until, from);
  }

  private int held(Long dayId) {
    Integer changed = transaction.execute(s -> days.markHeld(dayId));
    return changed;
  }

  private void group(String id, String academie, String inspector, List<String> members) {
    AcademicGroup group = new AcademicGroup(id, Instant.now());
    group.define(academie, "Groupe " + id, "Thème", "referent." + tag, inspector, members);
    groups.save(group);
  }

  private Visit visit(
      String visitor,
      String host,
      String visitorSchool,
      String hostSchool,
      LocalDate date,
      boolean agreed) {
    Visit visit =
        new Visit(
            null,
            networkId,
            "2026-2027",
            visitor,
            host,
            visitorSchool,
            hostSchool,
            null,
            null,
            null,
            null,
            Instant.now());
    visit.proposeDate(date, "AM");
    if (agreed) {
      visit.agreeDate(Instant.now());
    }
    return visits.save(visit);
  }

  private Long day(boolean published) {
    WorkshopDay day =
        new WorkshopDay(
            networkId,
            "Journée " + tag,
            "T",
            LocalDate.of(2027, 3, 3),
            "2026-2027",
            "demo",
            null,
            null,
            Instant.now());
    if (published) {
      day.published(Instant.now());
    }
    return days.save(day).getId();
  }

  private void holiday(String zone, LocalDate startsOn) {
    holidays.save(
        new HolidayPeriod(zone, startsOn, startsOn.plusDays(7), "Vacances", "test", Instant.now()));
  }
}
