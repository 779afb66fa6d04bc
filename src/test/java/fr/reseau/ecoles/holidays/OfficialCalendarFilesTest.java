package fr.reseau.ecoles.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ministry's CSV export and iCalendar files, read without a database. */
class OfficialCalendarFilesTest {

  static String testCsv() throws IOException {
    try (InputStream in =
        OfficialCalendarFilesTest.class.getResourceAsStream(
            "/calendar/calendrier-scolaire-2027-2028.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCsvExportGivesParisDaysOncePerZoneWithoutTeachersOrRentree() throws IOException {
    List<OfficialHoliday> holidays = OfficialCalendarCsv.parse(testCsv());

    // 13 pupil rows, the zone B Toussaint given twice (two académies).
    assertThat(holidays).hasSize(12);
    assertThat(holidays)
        .contains(
            new OfficialHoliday(
                "B",
                LocalDate.of(2027, 10, 23),
                LocalDate.of(2027, 11, 8),
                "Vacances de la Toussaint"),
            new OfficialHoliday(
                "A", LocalDate.of(2028, 7, 8), LocalDate.of(2028, 9, 1), "Vacances d'Été"));
    assertThat(holidays).noneMatch(h -> h.label().startsWith("Rentrée"));
    assertThat(holidays).noneMatch(h -> h.until().equals(LocalDate.of(2028, 8, 31)));
  }

  @Test
  void aBadLineIsNamedAndTheHeaderIsChecked() {
    String csv =
        "Description;Population;Date de début;Date de fin;Zones\n"
            + "Vacances de Noël;-;2027-12-18;2028-01-03;Zone B\n"
            + "Vacances d'Hiver;-;le 19 février;2028-03-06;Zone B\n";
    assertThatThrownBy(() -> OfficialCalendarCsv.parse(csv))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ligne 3")
        .hasMessageContaining("« le 19 février » n'est pas une date de début");
    assertThatThrownBy(() -> OfficialCalendarCsv.parse("Description;Date de début;Zones\nx;y;z\n"))
        .hasMessageContaining("ligne 1 : colonne « date de fin » absente");
    assertThatThrownBy(
            () ->
                OfficialCalendarCsv.parse(
                    "Description;Date de début;Date de fin;Zones\n"
                        + "Vacances de Noël;2028-01-03;2027-12-18;Zone C\n"))
        .hasMessageContaining("ligne 2 : la date de fin (2027-12-18) doit suivre");
  }

  @Test
  void theIcsFilesGiveTheZoneByLocationSummaryOrTheUpload() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//calendrier//FR",
            "BEGIN:VEVENT",
            "UID:1@test",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20271023",
            "DTEND;VALUE=DATE:20271108",
            "SUMMARY:Vacances de la Toussaint - Zone B",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:2@test",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20271217T230000Z",
            "DTEND:20280102T230000Z",
            "SUMMARY:Vacances de Noël",
            "LOCATION:Corse",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:3@test",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20280219",
            "DTEND;VALUE=DATE:20280306",
            "SUMMARY:Vacances d'Hiver",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    assertThat(OfficialCalendarIcs.parse(ics, "c"))
        .containsExactly(
            new OfficialHoliday(
                "B",
                LocalDate.of(2027, 10, 23),
                LocalDate.of(2027, 11, 8),
                "Vacances de la Toussaint"),
            new OfficialHoliday(
                "Corse", LocalDate.of(2027, 12, 18), LocalDate.of(2028, 1, 3), "Vacances de Noël"),
            new OfficialHoliday(
                "C", LocalDate.of(2028, 2, 19), LocalDate.of(2028, 3, 6), "Vacances d'Hiver"));
    assertThatThrownBy(() -> OfficialCalendarIcs.parse(ics, null))
        .hasMessageContaining("événement n° 3 (« Vacances d'Hiver »)")
        .hasMessageContaining("paramètre « zone »");
  }
}
