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
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable « Ordre de mission » of a visit or of a network event's contributor, written with
 * OpenPDF (A4, French).
 */
public final class MissionOrderPdf {

  private MissionOrderPdf() {}

  /**
   * What one printed order shows: the line under the title, the table's rows (label, value) and the
   * head of school's status line. Shared by the visits' and the network events' orders.
   */
  public record Sheet(
      String subtitle, List<Map.Entry<String, String>> rows, String status, boolean signed) {}

  public static byte[] write(MissionOrders.MissionOrder order) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    rows.add(entry("Missionné·e", order.visitorName()));
    rows.add(entry("Établissement d'exercice", order.visitorEstablishment()));
    rows.add(entry("Objet", "Visite du CDI d'un établissement du réseau (échange entre pairs)"));
    rows.add(entry("Établissement visité", order.hostEstablishment()));
    rows.add(entry("Accueilli·e par", order.hostName()));
    rows.add(
        entry(
            "Date",
            order.date() == null
                ? "à convenir"
                : VisitCalendar.FRENCH_DATE.format(order.date())
                    + (order.halfDay() == null ? "" : " (" + order.halfDay() + ")")));
    rows.add(
        entry(
            "Déplacement",
            "de "
                + order.fromTown()
                + " à "
                + order.toTown()
                + (order.distanceKm() == null
                    ? ""
                    : String.format(Locale.FRENCH, " (environ %.0f km)", order.distanceKm()))));
    rows.add(entry("Référence", order.reference() == null ? "—" : order.reference()));
    return write(
        new Sheet(
            "La tournée des CDI — année scolaire " + order.schoolYear(),
            rows,
            order.status(),
            order.signed()));
  }

  public static Map.Entry<String, String> entry(String label, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(label, value);
  }

  public static byte[] write(Sheet sheet) {
    return page(
        "Ordre de mission",
        sheet.subtitle(),
        sheet.rows(),
        (document, label, text) -> {
          Paragraph signature = new Paragraph();
          signature.setSpacingBefore(36);
          signature.add(new Chunk("Le chef d'établissement : ", label));
          signature.add(new Chunk(sheet.status(), text));
          document.add(signature);
          if (!sheet.signed()) {
            Paragraph line = new Paragraph("Signature : ____________________________", text);
            line.setSpacingBefore(24);
            document.add(line);
          }
        });
  }

  /** What a page adds under its table, with the page's label and text fonts. */
  interface Ending {
    void write(Document document, Font label, Font text);
  }

  /**
   * One A4 page: a centred title and subtitle, a two-column table of (label, value) rows and an
   * ending. Also writes the co-training convocation, which has the same layout.
   */
  static byte[] page(
      String heading, String subtitle, List<Map.Entry<String, String>> rows, Ending ending) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle(heading);
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);

    Paragraph top = new Paragraph(heading, title);
    top.setAlignment(Element.ALIGN_CENTER);
    top.setSpacingAfter(6);
    document.add(top);
    Paragraph under = new Paragraph(subtitle, text);
    under.setAlignment(Element.ALIGN_CENTER);
    under.setSpacingAfter(24);
    document.add(under);

    PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
    table.setWidthPercentage(100);
    for (Map.Entry<String, String> row : rows) {
      row(table, row.getKey(), row.getValue(), label, text);
    }
    document.add(table);
    ending.write(document, label, text);
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
