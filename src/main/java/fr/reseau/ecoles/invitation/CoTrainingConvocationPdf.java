package fr.reseau.ecoles.invitation;

import static fr.reseau.ecoles.invitation.MissionOrderPdf.entry;

import com.lowagie.text.Paragraph;
import fr.reseau.ecoles.cotraining.CoTrainingForms;
import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The printable « Convocation » of one participant to a co-training workshop: the mission order's
 * page layout (MissionOrderPdf.page) with its own rows and closing note.
 */
final class CoTrainingConvocationPdf {

  private CoTrainingConvocationPdf() {}

  static byte[] write(
      CoTrainingRequest request,
      Member participant,
      Establishment school,
      Map<String, Member> members) {
    List<Map.Entry<String, String>> rows =
        List.of(
            entry("Convoqué·e", participant.fullName()),
            entry("Établissement d'exercice", school.displayName()),
            entry("Atelier", request.getTitle()),
            entry("Thème", CoTrainingForms.themeLabel(request.getTheme())),
            entry(
                "Date et horaires",
                VisitCalendar.FRENCH_DATE.format(request.getScheduledDate())
                    + ", "
                    + request.getSlot()),
            entry("Lieu", request.getVenue()),
            entry("Intervenant extérieur", request.getExpertConfirmed()),
            entry(
                "Participants",
                request.getParticipants().stream()
                    .filter(members::containsKey)
                    .map(id -> members.get(id).fullName())
                    .collect(Collectors.joining(", "))),
            entry("Référence", "atelier-" + request.getId()));
    return MissionOrderPdf.page(
        "Convocation",
        "Atelier de mutualisation (co-formation)",
        rows,
        (document, label, text) -> {
          Paragraph note =
              new Paragraph(
                  "Demande approuvée par le chef d'établissement et programmée par la coordination"
                      + " du réseau. Présentez cette convocation à votre établissement pour"
                      + " l'organisation de votre service.",
                  text);
          note.setSpacingBefore(24);
          document.add(note);
        });
  }
}
