package fr.reseau.ecoles.practice;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.reseau.ecoles.network.MemberLeft;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person who leaves a network takes their practices of that network off the map. */
class PracticeDeparturesTest {

  static Practice in(String network) {
    return new Practice(
        network,
        "ana",
        new PracticeInput(
            "Titre",
            "Texte",
            Set.of("digital"),
            null,
            null,
            "E1",
            List.of(),
            false,
            List.of(),
            null),
        Instant.EPOCH);
  }

  @Test
  void leavingANetworkRemovesTheirPracticesOfThatNetworkOnly() {
    PracticeRepository repository = mock(PracticeRepository.class);
    Practice here = in("a");
    Practice there = in("b");
    when(repository.findByAuthorUserId("ana")).thenReturn(List.of(here, there));
    new PracticeDepartures(repository).memberLeft(new MemberLeft("ana", "a"));
    verify(repository).deleteAll(List.of(here));
  }

  @Test
  void aDeletedAccountRemovesAllOfThem() {
    PracticeRepository repository = mock(PracticeRepository.class);
    Practice here = in("a");
    Practice there = in("b");
    when(repository.findByAuthorUserId("ana")).thenReturn(List.of(here, there));
    new PracticeDepartures(repository).memberLeft(new MemberLeft("ana", null));
    verify(repository).deleteAll(List.of(here, there));
  }
}
