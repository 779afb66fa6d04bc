package fr.reseau.ecoles.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The application's one CSV reader (the writer is {@link SpreadsheetCsvWriter}): text as a
 * spreadsheet program saves it, a byte order mark dropped, cells stripped, blank lines skipped,
 * each record with the line it starts on so that a mistake can be told by its line.
 *
 * <p>A broken quote stops the reading: the records before it are kept and the line is told, so that
 * the caller reports everything it found before, then the quote.
 */
public final class SpreadsheetCsvReader {

  /** One record that has at least one non-empty cell. */
  public record Record(int line, List<String> cells) {

    /** The cell at that index, or "" when the line is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  /** The records read, and the line of an unclosed or misplaced quote if the reading stopped. */
  public record Parsed(List<Record> records, Integer brokenQuoteLine) {

    /** The first record's cells by name, for files whose columns are found by their header. */
    public Map<String, Integer> headerIndex() {
      Map<String, Integer> index = new HashMap<>();
      if (!records.isEmpty()) {
        List<String> header = records.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
          index.putIfAbsent(header.get(i), i);
        }
      }
      return index;
    }
  }

  private SpreadsheetCsvReader() {}

  /** The text without a leading byte order mark. */
  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The separator is whichever of ';' and ',' the header line has more of, outside quotes; null
   * when it has neither.
   */
  public static Character detectSeparator(String headerLine) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    if (semicolons == 0 && commas == 0) {
      return null;
    }
    return semicolons >= commas ? ';' : ',';
  }

  /** Reads an uploaded file with the given separator. */
  public static Parsed read(String text, char separator) {
    return read(text, CSVFormat.DEFAULT.builder().setDelimiter(separator));
  }

  /**
   * Reads a file the application ships (reference data), where lines starting with {@code #} are
   * comments for whoever maintains it.
   */
  public static Parsed readWithComments(String text, char separator) {
    return read(text, CSVFormat.DEFAULT.builder().setDelimiter(separator).setCommentMarker('#'));
  }

  private static Parsed read(String text, CSVFormat.Builder format) {
    List<Record> records = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(withoutBom(text)))
            .setFormat(format.setIgnoreEmptyLines(false).get())
            .get()) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          record = iterator.next();
        } catch (UncheckedIOException brokenQuote) {
          return new Parsed(List.copyOf(records), line);
        }
        List<String> cells = record.toList().stream().map(String::strip).toList();
        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
          records.add(new Record(line, cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return new Parsed(List.copyOf(records), null);
  }
}
