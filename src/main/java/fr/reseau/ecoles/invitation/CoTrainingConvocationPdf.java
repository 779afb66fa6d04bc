package fr.reseau.ecoles.invitation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.reseau.ecoles.cotraining.CoTrainingForms;
import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The printable « Convocation » of one participant to a co-training workshop (OpenPDF, A4). */
final class CoTrainingConvocationPdf {

  private CoTrainingConvocationPdf() {}

  static byte[] write(
      CoTrainingRequest request,
      Member participant,
      Establishment school,
      Map<String, Member> members) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle("Convocation à un atelier de mutualisation");
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);

    Paragraph heading = new Paragraph("Convocation", title);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(6);
    document.add(heading);
    Paragraph subtitle = new Paragraph("Atelier de mutualisation (co-formation)", text);
    subtitle.setAlignment(Element.ALIGN_CENTER);
    subtitle.setSpacingAfter(24);
    document.add(subtitle);

    PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
    table.setWidthPercentage(100);
    row(table, "Convoqué·e", participant.fullName(), label, text);
    row(table, "Établissement d'exercice", school.displayName(), label, text);
    row(table, "Atelier", request.getTitle(), label, text);
    row(table, "Thème", CoTrainingForms.themeLabel(request.getTheme()), label, text);
    row(
        table,
        "Date et horaires",
        VisitCalendar.FRENCH_DATE.format(request.getScheduledDate()) + ", " + request.getSlot(),
        label,
        text);
    row(table, "Lieu", request.getVenue(), label, text);
    row(table, "Intervenant extérieur", request.getExpertConfirmed(), label, text);
    row(
        table,
        "Participants",
        request.getParticipants().stream()
            .filter(members::containsKey)
            .map(id -> members.get(id).fullName())
            .collect(Collectors.joining(", ")),
        label,
        text);
    row(table, "Référence", "atelier-" + request.getId(), label, text);
    document.add(table);

    Paragraph note =
        new Paragraph(
            "Demande approuvée par le chef d'établissement et programmée par la coordination du"
                + " réseau. Présentez cette convocation à votre établissement pour l'organisation"
                + " de votre service.",
            text);
    note.setSpacingBefore(24);
    document.add(note);
    document.close();
    return out.toByteArray();
  }

  private static void row(PdfPTable table, String name, String value, Font label, Font text) {
    PdfPCell left = new PdfPCell(new Phrase(name, label));
    left.setPadding(6);
    table.addCell(left);
    PdfPCell right = new PdfPCell(new Phrase(value == null ? "—" : value, text));
    right.setPadding(6);
    table.addCell(right);
  }
}
