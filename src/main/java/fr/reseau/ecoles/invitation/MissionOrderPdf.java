package fr.reseau.ecoles.invitation;

import com.lowagie.text.Chunk;
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
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** The printable « Ordre de mission » of a visit, written with OpenPDF (A4, French). */
public final class MissionOrderPdf {

  private MissionOrderPdf() {}

  public static byte[] write(MissionOrders.MissionOrder order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle("Ordre de mission");
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);

    Paragraph heading = new Paragraph("Ordre de mission", title);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(6);
    document.add(heading);
    Paragraph subtitle =
        new Paragraph("La tournée des CDI — année scolaire " + order.schoolYear(), text);
    subtitle.setAlignment(Element.ALIGN_CENTER);
    subtitle.setSpacingAfter(24);
    document.add(subtitle);

    PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
    table.setWidthPercentage(100);
    row(table, "Missionné·e", order.visitorName(), label, text);
    row(table, "Établissement d'exercice", order.visitorEstablishment(), label, text);
    row(
        table,
        "Objet",
        "Visite du CDI d'un établissement du réseau (échange entre pairs)",
        label,
        text);
    row(table, "Établissement visité", order.hostEstablishment(), label, text);
    row(table, "Accueilli·e par", order.hostName(), label, text);
    row(
        table,
        "Date",
        order.date() == null
            ? "à convenir"
            : VisitCalendar.FRENCH_DATE.format(order.date())
                + (order.halfDay() == null ? "" : " (" + order.halfDay() + ")"),
        label,
        text);
    row(
        table,
        "Déplacement",
        "de "
            + order.fromTown()
            + " à "
            + order.toTown()
            + (order.distanceKm() == null
                ? ""
                : String.format(Locale.FRENCH, " (environ %.0f km)", order.distanceKm())),
        label,
        text);
    row(table, "Référence", order.reference() == null ? "—" : order.reference(), label, text);
    document.add(table);

    Paragraph signature = new Paragraph();
    signature.setSpacingBefore(36);
    signature.add(new Chunk("Le chef d'établissement : ", label));
    signature.add(new Chunk(order.status(), text));
    document.add(signature);
    if (!order.signed()) {
      Paragraph line = new Paragraph("Signature : ____________________________", text);
      line.setSpacingBefore(24);
      document.add(line);
    }
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
