package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.ReceivedMail;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissionOrderPdfTest {

  /** The text of every page, as OpenPDF extracts it. */
  static String text(byte[] pdf) {
    return ReceivedMail.pdfText(pdf);
  }

  static MissionOrders.MissionOrder order(Instant signedAt) {
    return new MissionOrders.MissionOrder(
        7L,
        "ventoux",
        "2026-2027",
        "camille.roux",
        "Camille Roux",
        "Collège du Pont Romain",
        "Vaison-la-Romaine",
        "Lucie Martin",
        "Lycée de l'Ouvèze",
        "Carpentras",
        LocalDate.of(2027, 3, 11),
        "matin",
        27.4,
        signedAt == null ? null : "OM-2027-007",
        signedAt == null ? null : "Paul Chef",
        signedAt,
        "chef.pontromain",
        "chef.ouveze");
  }

  @Test
  void aSignedOrderShowsNamesSchoolsDateTravelAndSignature() throws IOException {
    String text = text(MissionOrderPdf.write(order(Instant.parse("2027-02-20T09:15:00Z"))));

    assertThat(text)
        .contains("Ordre de mission")
        .contains("Camille Roux")
        .contains("Lucie Martin")
        .contains("Collège du Pont Romain")
        .contains("Lycée de l'Ouvèze")
        .contains("jeudi 11 mars 2027")
        .contains("de Vaison-la-Romaine à Carpentras")
        .contains("27 km")
        .contains("Signé le 20 février 2027 à 10h15 par Paul Chef")
        .contains("OM-2027-007");
  }

  @Test
  void anUnsignedOrderSaysItWaitsForTheHead() throws IOException {
    String text = text(MissionOrderPdf.write(order(null)));
    assertThat(text).contains("En attente de la signature").contains("Signature :");
    assertThat(text).doesNotContain("Signé le");
  }
}
