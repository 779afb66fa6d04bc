package fr.reseau.ecoles.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * A message as the SMTP server received it, MIME parsed: decoded subject, plain text and HTML
 * parts, and its files.
 */
public record ReceivedMail(
    String messageId,
    List<String> recipients,
    String subject,
    String text,
    String html,
    List<File> files) {

  /** A file of the message (a part with a file name). */
  public record File(String name, String contentType, byte[] bytes) {

    public boolean isPdf() {
      return name.endsWith(".pdf");
    }

    public boolean isIcs() {
      return name.endsWith(".ics");
    }

    /** The calendar of an {@code .ics} file, parsed back with ical4j. */
    public Calendar calendar() {
      try {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
      } catch (Exception e) {
        throw new IllegalStateException("not a calendar: " + name, e);
      }
    }

    /** The text of every page of a PDF file, as OpenPDF extracts it. */
    public String pdfText() {
      return ReceivedMail.pdfText(bytes);
    }

    /** What a person reads in the file: the text of a PDF, the lines of an {@code .ics}. */
    public String readable() {
      return isPdf() ? pdfText() : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The text of every page of a PDF document, as OpenPDF extracts it. */
  public static String pdfText(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new IllegalStateException("not a PDF", e);
    }
  }

  private static final Pattern TASK_LINK =
      Pattern.compile("/camunda/app/tasklist/[^\\s\"<>]*[?&]task=([A-Za-z0-9-]+)");

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

  /** Parses a message received by the server. */
  public static ReceivedMail of(MimeMessage message) {
    try {
      List<String> recipients = new ArrayList<>();
      for (Address address : message.getAllRecipients()) {
        recipients.add(((InternetAddress) address).getAddress());
      }
      StringBuilder text = new StringBuilder();
      StringBuilder html = new StringBuilder();
      List<File> files = new ArrayList<>();
      walk(message, text, html, files);
      return new ReceivedMail(
          message.getMessageID(),
          List.copyOf(recipients),
          message.getSubject(),
          text.toString(),
          html.toString(),
          List.copyOf(files));
    } catch (Exception e) {
      throw new IllegalStateException("unreadable message", e);
    }
  }

  private static void walk(Part part, StringBuilder text, StringBuilder html, List<File> files)
      throws Exception {
    if (part.getFileName() != null) {
      files.add(
          new File(
              part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
    } else if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i), text, html, files);
      }
    }
  }

  /** Whether the message went to that address. */
  public boolean isTo(String address) {
    return recipients.contains(address);
  }

  /** The task id of the first Tasklist link of the plain text, if any. */
  public Optional<String> taskId() {
    Matcher matcher = TASK_LINK.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The links of the plain text, in order. */
  public List<String> links() {
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(text);
    while (matcher.find()) {
      links.add(matcher.group());
    }
    return links;
  }

  public List<File> files(String extension) {
    return files.stream().filter(f -> f.name().endsWith(extension)).toList();
  }

  /** Everything a person reads: subject, text, HTML and the files' text. */
  public String readable() {
    return Stream.concat(Stream.of(subject, text, html), files.stream().map(File::readable))
        .reduce("", (a, b) -> a + "\n" + b);
  }
}
