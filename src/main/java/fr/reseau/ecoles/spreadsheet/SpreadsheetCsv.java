package fr.reseau.ecoles.spreadsheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The application's downloadable CSV files: semicolon-separated, CRLF, a header line, and a UTF-8
 * byte order mark, so that French spreadsheet programs open them as they are, accents right.
 */
public final class SpreadsheetCsv {

  /** Prints the records after the header. */
  @FunctionalInterface
  public interface Records {
    void print(CSVPrinter csv) throws IOException;
  }

  private SpreadsheetCsv() {}

  public static String write(List<String> header, Records records) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
        .setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      records.print(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
