package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionStatus;
import java.time.Instant;
import java.util.List;

/** Productions of the tests, described as a group would and moved to a status. */
final class ShowcaseSamples {

  private ShowcaseSamples() {}

  static Production production(
      String title,
      String academie,
      String discipline,
      String level,
      List<String> themes,
      ProductionStatus status,
      Instant at) {
    Production p = new Production("groupe-" + academie.toLowerCase(), academie, title, at);
    p.describe(
        title,
        "Un scénario « " + title + " » pour la classe & les élèves <tous>.",
        discipline,
        level,
        themes,
        "2 h",
        List.of("ENT", "tableur"),
        List.of("Découverte du document", "Travail en groupes", "Mise en commun"),
        List.of("Fiche élève | https://www.ac-aix-marseille.fr/fiche.pdf", "Manuel papier p. 12"),
        List.of("Claire Martin", "Paul Durand"),
        null,
        at);
    if (status != ProductionStatus.DRAFT) {
      p.moveTo(ProductionStatus.IN_PEER_REVIEW, at);
      p.moveTo(status == ProductionStatus.WITHDRAWN ? ProductionStatus.PUBLISHED : status, at);
      if (status == ProductionStatus.WITHDRAWN) {
        p.moveTo(ProductionStatus.WITHDRAWN, at.plusSeconds(60));
      }
    }
    return p;
  }
}
