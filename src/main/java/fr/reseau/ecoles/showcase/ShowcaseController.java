package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionResource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The only public part of the application (docs/showcase.md): {@code /vitrine}, the published
 * productions with their search; {@code /vitrine/{id}}, one production; {@code
 * /vitrine/{id}/scolomfr.xml}, its ScoLOMFR record; {@code /vitrine/{id}/ressources/{resourceId}},
 * one of its files; {@code /oai}, the OAI-PMH 2.0 endpoint. Read-only, no login, rate-limited
 * ({@link ShowcaseRateLimit}); anything not published answers 404 exactly as an unknown id does.
 */
@Controller
public class ShowcaseController {

  static final int PAGE_SIZE = 20;
  static final MediaType XML =
      new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private final ShowcaseCatalog catalog;
  private final OaiPmhProvider oai;

  /**
   * app.public-base-url: the records' addresses never come from the request's Host header, which a
   * client chooses (and which a shared cache would then serve to everyone).
   */
  private final String baseUrl;

  public ShowcaseController(
      ShowcaseCatalog catalog,
      OaiPmhProvider oai,
      @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.catalog = catalog;
    this.oai = oai;
    this.baseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping("/vitrine")
  public ResponseEntity<String> list(
      @RequestParam(required = false) String discipline,
      @RequestParam(required = false) String niveau,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String academie,
      @RequestParam(required = false) String page,
      HttpServletResponse response) {
    ShowcaseFilter filter = new ShowcaseFilter(discipline, niveau, theme, academie);
    int number = pageNumber(page);
    ShowcaseCatalog.Page found = catalog.search(filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
    return ShowcasePages.page(
        response,
        HttpStatus.OK,
        "list",
        ShowcaseViews.list(filter, found, catalog.facets(), number, PAGE_SIZE));
  }

  @GetMapping("/vitrine/{id}")
  public ResponseEntity<String> production(@PathVariable String id, HttpServletResponse response) {
    Optional<Production> production = published(id);
    if (production.isEmpty()) {
      return ShowcasePages.notFound(response);
    }
    return ShowcasePages.page(
        response,
        HttpStatus.OK,
        "production",
        ShowcaseViews.production(
            production.get(), catalog.resources(production.get().getId()), baseUrl));
  }

  /**
   * A file of a published production, as an attachment of the type recognised at upload, which the
   * browser must not second-guess (nosniff) nor run as a page (sandbox).
   */
  @GetMapping("/vitrine/{id}/ressources/{resourceId}")
  public ResponseEntity<byte[]> resource(
      @PathVariable String id, @PathVariable String resourceId, HttpServletResponse response) {
    Optional<ProductionResource> file =
        published(id).isEmpty() || !resourceId.matches("\\d{1,18}")
            ? Optional.empty()
            : catalog.resource(Long.parseLong(id), Long.parseLong(resourceId));
    if (file.isEmpty()) {
      // The same French page as an unknown production, as bytes.
      ResponseEntity<String> page = ShowcasePages.notFound(response);
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .headers(page.getHeaders())
          .body(page.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    ProductionResource r = file.get();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(r.getContentType()))
        .contentLength(r.getSize())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(r.getFilename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
        .body(r.getContent());
  }

  @GetMapping("/vitrine/{id}/scolomfr.xml")
  public ResponseEntity<String> scolomfr(@PathVariable String id, HttpServletResponse response)
      throws XMLStreamException {
    Optional<Production> production = published(id);
    if (production.isEmpty()) {
      return ShowcasePages.notFound(response);
    }
    String page = baseUrl + "/vitrine/" + production.get().getId();
    StringWriter text = new StringWriter();
    XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
    xml.writeStartDocument("UTF-8", "1.0");
    new ScolomfrWriter(xml).write(production.get(), page, page + "/scolomfr.xml");
    xml.writeEndDocument();
    xml.close();
    return ResponseEntity.ok()
        .contentType(XML)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
        .body(text.toString());
  }

  @RequestMapping(
      value = "/oai",
      method = {RequestMethod.GET, RequestMethod.POST})
  public ResponseEntity<String> oai(HttpServletRequest request) {
    Map<String, String[]> parameters = request.getParameterMap();
    return ResponseEntity.ok()
        .contentType(XML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(oai.answer(parameters, baseUrl, Instant.now()));
  }

  private Optional<Production> published(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return catalog.published(Long.parseLong(id));
  }

  static int pageNumber(String page) {
    if (page == null || !page.matches("\\d{1,6}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(page));
  }
}
