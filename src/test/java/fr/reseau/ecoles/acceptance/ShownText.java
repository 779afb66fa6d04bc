package fr.reseau.ecoles.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person can see or hear on a page (issue 16: « no English string a person can see or hear
 * on the guide's pages »): the text of every visible element and the attributes a screen reader
 * reads or a pointer shows ({@code title}, {@code aria-label}, {@code placeholder}, {@code alt}),
 * and the window's title (read first by a screen reader). Each string is written to {@code
 * target/axe/texts.tsv} (page, string), for a person to read; the ones holding a word that only
 * English has fail the check.
 */
final class ShownText {

  /**
   * Words English has and French does not (nor the project's names, ids or the guide's data):
   * enough to catch a template or library left untranslated (« Click to sort », « zoom in », «
   * Loading », « null », « Job Definitions », « Add criteria »…).
   */
  static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|of|to|with|from|click|show|hide|select|search|add|remove|sort|sorting"
              + "|loading|running|definitions?|jobs?|called|history|edit|delete|cancel|save"
              + "|yes|null|undefined|zoom|reset|powered|details|view|filters?|started|ended"
              + "|none|deployment|tenant|business|key|value|assignee|owner|due|follow-up"
              + "|claim|unclaim|complete|created|today|yesterday|ago|hours?|days?"
              + "|weeks?|months?|years?|next|previous|incidents? found|suspend|activate"
              + "|variables? added|process instances?|user tasks?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A process key or business key as Cockpit shows it in its « Clé » columns ({@code workshop-day},
   * {@code cdi-visit:sainte-victoire:2026-2027}): an identifier of the stable contract, not prose.
   */
  static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+([-_:.][a-z0-9]+)+");

  /** A translation key shown raw ({@code CAM_WIDGET_HEADER_TOGGLE_NAVIGATION}): English too. */
  static final Pattern TRANSLATION_KEY = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

  private final Browser browser;

  ShownText(Browser browser) {
    this.browser = browser;
  }

  /** The distinct strings shown or read on the current page. */
  @SuppressWarnings("unchecked")
  List<String> strings() {
    return (List<String>)
        browser.script(
            """
            const found = new Set([document.title.trim()].filter(t => t));
            const visible = e => e.checkVisibility
                ? e.checkVisibility({visibilityProperty: true}) : e.offsetParent !== null;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const parent = n.parentElement;
              const text = n.nodeValue.replace(/\\s+/g, ' ').trim();
              if (text && parent && !parent.closest('script, style, noscript, textarea')
                  && !parent.closest('[aria-hidden="true"]') && visible(parent)) {
                found.add(text);
              }
            }
            for (const e of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
              if (e.closest('[aria-hidden="true"]')) { continue; }
              for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
                const v = (e.getAttribute(a) || '').replace(/\\s+/g, ' ').trim();
                if (v && !v.includes('{{')) { found.add(v); }
              }
            }
            return [...found];
            """);
  }

  /** The strings of the page holding an English word; every string is recorded for review. */
  List<String> english(String page) {
    List<String> strings = strings();
    record(page, strings);
    return strings.stream()
        .filter(s -> !IDENTIFIER.matcher(s).matches())
        .filter(s -> ENGLISH.matcher(s).find() || TRANSLATION_KEY.matcher(s).matches())
        .toList();
  }

  private static synchronized void record(String page, List<String> strings) {
    StringBuilder lines = new StringBuilder();
    for (String s : strings) {
      lines.append(page).append('\t').append(s.replace('\t', ' ')).append('\n');
    }
    try {
      Files.createDirectories(Axe.REPORTS);
      Files.writeString(
          Axe.REPORTS.resolve("texts.tsv"),
          lines.toString(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
