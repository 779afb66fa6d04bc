package fr.reseau.ecoles.spreadsheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The application's downloadable CSV files: semicolon-separated, CRLF, a header line, and a UTF-8
 * byte order mark, so that French spreadsheet programs open them as they are, accents right.
 *
 * <p>Every text cell goes through {@link #cell}: what people wrote reaches a coordinator's
 * spreadsheet, which would run a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return as a formula (CSV injection). Such a cell gets a leading apostrophe, as
 * OWASP recommends; numbers are written as numbers.
 */
public final class SpreadsheetCsvWriter {

  /** Prints the records after the header. */
  @FunctionalInterface
  public interface Records {
    void print(Rows csv) throws IOException;
  }

  /** The only way to write a record: each cell neutralised. */
  public static final class Rows {

    private final CSVPrinter printer;

    private Rows(CSVPrinter printer) {
      this.printer = printer;
    }

    public void printRecord(Object... values) throws IOException {
      printRecord(List.of(values));
    }

    public void printRecord(Iterable<?> values) throws IOException {
      List<Object> cells = new ArrayList<>();
      values.forEach(value -> cells.add(cell(value)));
      printer.printRecord(cells);
    }

    public void printRecords(Iterable<? extends Iterable<?>> rows) throws IOException {
      for (Iterable<?> row : rows) {
        printRecord(row);
      }
    }
  }

  private SpreadsheetCsvWriter() {}

  public static String write(List<String> header, Records records) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader(header.stream().map(SpreadsheetCsvWriter::cell).toArray(String[]::new))
            .get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      records.print(new Rows(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A cell as written: text that a spreadsheet would read as a formula gets a leading {@code '};
   * numbers and anything else are written as they are.
   */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof Number || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
