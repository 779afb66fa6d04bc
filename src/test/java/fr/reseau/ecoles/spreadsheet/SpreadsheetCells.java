package fr.reseau.ecoles.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a downloaded CSV back into its cells, and checks that none would run as a formula. */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  public static List<String> of(String csv) {
    assertThat(csv).startsWith("\uFEFF");
    List<String> cells = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(csv.substring(1)))
            .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get())
            .get()) {
      for (CSVRecord record : parser) {
        record.forEach(cells::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(cells)
        .as("cells a spreadsheet would run as formulas")
        .noneMatch(
            cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell));
    return cells;
  }

  private static boolean isNumber(String cell) {
    return cell.matches("-?\\d+([.,]\\d+)?");
  }
}
