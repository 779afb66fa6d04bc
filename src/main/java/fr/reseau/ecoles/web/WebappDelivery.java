package fr.reseau.ecoles.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * How the Camunda webapps (Tasklist, Cockpit, Admin, the welcome page, under {@code /camunda/})
 * reach the browser, without forking them:
 *
 * <ul>
 *   <li>their pages declare the language they are shown in: the webjar's {@code <html lang="en">}
 *       becomes {@code lang="fr"} in the served HTML (screen readers pick their voice when the page
 *       loads, before any script runs). Tasklist and the welcome page are French only; Cockpit and
 *       Admin show English to a browser whose first language is English (as their {@code
 *       scripts/config.js} says, and as Camunda chooses: the browser's first language), and say so;
 *   <li>the webapps' versioned files (Camunda's own scripts, styles, fonts and plugins, requested
 *       with {@code ?bust=<Camunda version>}) are cached a year, immutable: a Camunda upgrade
 *       changes the parameter. The project's own files served at the same addresses ({@code
 *       scripts/}, {@code styles/}, {@code locales/} of each app, same {@code bust} but changed by
 *       our releases) and the index pages are revalidated at every load ({@code no-cache}).
 * </ul>
 *
 * Compression is Tomcat's ({@code server.compression} in application.yaml).
 */
@Configuration
public class WebappDelivery {

  static final String WEBAPPS = "/camunda/";
  static final String LONG_CACHE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  /** Apps that offer English to an English browser (their config.js lists 'en'). */
  static final Set<String> ENGLISH_TOO = Set.of("cockpit", "admin");

  private static final String WEBJAR_ROOT = "META-INF/resources/webjars/camunda/";
  private static final Pattern APP = Pattern.compile("^/camunda/app/([^/]+)/");
  private static final Pattern HTML_TAG =
      Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANG_ATTRIBUTE =
      Pattern.compile("\\slang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);

  @Bean
  public FilterRegistrationBean<Filter> webappDeliveryFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Delivery(WebappDelivery.class.getClassLoader()));
    registration.setName("webapp-delivery");
    registration.addUrlPatterns("/camunda/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
    // Outside Camunda's own filters, so that what they write passes through this one.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The language a webapp page is shown in, for a browser sending {@code acceptLanguage}. */
  static String language(String app, String acceptLanguage) {
    if (app == null || !ENGLISH_TOO.contains(app) || acceptLanguage == null) {
      return "fr";
    }
    String first = acceptLanguage.split(",")[0].split(";")[0].strip().toLowerCase(Locale.ROOT);
    return first.equals("en") || first.startsWith("en-") ? "en" : "fr";
  }

  /** {@code html} with its {@code <html>} element declaring {@code language}. */
  static String withLanguage(String html, String language) {
    Matcher tag = HTML_TAG.matcher(html);
    if (!tag.find()) {
      return html;
    }
    String attributes = tag.group(1) == null ? "" : tag.group(1);
    String declared = " lang=\"" + language + "\"";
    String replaced =
        LANG_ATTRIBUTE.matcher(attributes).find()
            ? LANG_ATTRIBUTE.matcher(attributes).replaceFirst(Matcher.quoteReplacement(declared))
            : declared + attributes;
    return html.substring(0, tag.start()) + "<html" + replaced + ">" + html.substring(tag.end());
  }

  static final class Delivery implements Filter {

    private final ClassLoader classLoader;
    private final Map<String, Boolean> camundasOwn = new ConcurrentHashMap<>();

    Delivery(ClassLoader classLoader) {
      this.classLoader = classLoader;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      HttpServletResponse out = (HttpServletResponse) response;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (!path.startsWith(WEBAPPS) || !"GET".equals(http.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      if (isVersioned(http, path)) {
        chain.doFilter(request, new CacheControlled(out, LONG_CACHE));
      } else if (isPage(path)) {
        Matcher app = APP.matcher(path);
        String language =
            language(app.find() ? app.group(1) : null, http.getHeader("Accept-Language"));
        HtmlPage page = new HtmlPage(out);
        chain.doFilter(request, page);
        page.finish(language);
      } else if (!path.startsWith("/camunda/api/")) {
        // The project's own files (same addresses and bust as Camunda's) and anything unversioned.
        chain.doFilter(request, new CacheControlled(out, REVALIDATE));
      } else {
        chain.doFilter(request, response);
      }
    }

    /** A page: the webapps' index pages ({@code /camunda/app/tasklist/default/}…) and *.html. */
    private static boolean isPage(String path) {
      return (path.endsWith("/") || path.endsWith(".html")) && !path.startsWith("/camunda/api/");
    }

    /** Camunda's own file, asked for with its version ({@code ?bust=7.24.0}). */
    private boolean isVersioned(HttpServletRequest request, String path) {
      String query = request.getQueryString();
      if (query == null || !(query.startsWith("bust=") || query.contains("&bust="))) {
        return false;
      }
      if (path.startsWith("/camunda/api/")) {
        // Plugins' scripts and styles, from Camunda's jars: /camunda/api/cockpit/plugin/x/static/…
        return path.contains("/plugin/") && path.contains("/static/");
      }
      return camundasOwn.computeIfAbsent(path, this::servedFromTheWebjar);
    }

    private boolean servedFromTheWebjar(String path) {
      URL resource = classLoader.getResource(WEBJAR_ROOT + path.substring(WEBAPPS.length()));
      return resource != null && resource.toString().contains("camunda-webapp-webjar");
    }

    @Override
    public void init(jakarta.servlet.FilterConfig filterConfig) {}

    @Override
    public void destroy() {}
  }

  /**
   * A response whose Cache-Control this filter decides: what the webapps' own filters would set
   * (Camunda sets {@code no-cache} on its API paths, plugins included) is ignored.
   */
  static class CacheControlled extends HttpServletResponseWrapper {

    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "pragma", "expires");

    CacheControlled(HttpServletResponse response, String cacheControl) {
      super(response);
      response.setHeader("Cache-Control", cacheControl);
    }

    private static boolean cacheHeader(String name) {
      return name != null && CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public void setHeader(String name, String value) {
      if (!cacheHeader(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!cacheHeader(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!cacheHeader(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!cacheHeader(name)) {
        super.addDateHeader(name, date);
      }
    }
  }

  /**
   * A page held until it is complete, so that its {@code <html>} element can be given its language
   * before it is sent (pages are a few kilobytes). Anything but HTML passes through unchanged.
   */
  static final class HtmlPage extends CacheControlled {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    HtmlPage(HttpServletResponse response) {
      super(response, REVALIDATE);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void flushBuffer() {
      // held until finish()
    }

    private Charset charset() {
      String name = getCharacterEncoding();
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    void finish(String language) throws IOException {
      if (writer != null) {
        writer.flush();
      }
      byte[] body = buffer.toByteArray();
      String type = getContentType();
      if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
        body = withLanguage(new String(body, charset()), language).getBytes(charset());
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (body.length > 0 && !response.isCommitted()) {
        response.setContentLength(body.length);
      }
      if (body.length > 0) {
        response.getOutputStream().write(body);
      }
      response.flushBuffer();
    }
  }
}
