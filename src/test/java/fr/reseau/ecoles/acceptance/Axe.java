package fr.reseau.ecoles.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (WCAG 2.1 A and AA rules) run in the page the browser shows. axe.min.js comes from a
 * test dependency (Maven Central, see pom.xml), never from the network at run time.
 *
 * <p>Every violation node is sorted into what the project controls (its Camunda Forms, inside
 * {@code .fjs-container}, and its own pages: everything outside {@code /camunda/}) and the Camunda
 * webapp shell around the forms, which the project styles and translates. A serious or critical
 * violation fails the test wherever it is (the shell's reached 0: issue 16); the two parts are
 * counted apart. Every check adds a line to {@code target/axe/checks.tsv} and every violation one
 * to {@code target/axe/violations.tsv} (the figures of docs/accessibility.md).
 */
final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  static final Set<String> BLOCKING = Set.of("serious", "critical");
  static final Path REPORTS = Path.of("target", "axe");

  /** What a form, or an own page, must never have. */
  record Violation(String rule, String impact, String help, boolean project, List<String> nodes) {

    boolean blocking() {
      return BLOCKING.contains(impact);
    }

    @Override
    public String toString() {
      return impact
          + " "
          + rule
          + " ("
          + help
          + ") on "
          + nodes.size()
          + " node(s): "
          + String.join(" | ", nodes.subList(0, Math.min(5, nodes.size())));
    }
  }

  /** One page checked: the violations in the project's part and in the shell's. */
  record Report(String page, List<Violation> violations) {

    List<Violation> project() {
      return violations.stream().filter(Violation::project).toList();
    }

    List<Violation> shell() {
      return violations.stream().filter(v -> !v.project()).toList();
    }

    List<Violation> blockingInProject() {
      return project().stream().filter(Violation::blocking).toList();
    }

    List<Violation> blocking() {
      return violations.stream().filter(Violation::blocking).toList();
    }
  }

  private static final String SOURCE = load();

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path (dependency com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of axe-core in use, as axe reports it. */
  static String version() {
    int start = SOURCE.indexOf("axe v") + 5;
    return SOURCE.substring(start, SOURCE.indexOf('\n', start)).trim();
  }

  private final Browser browser;

  Axe(Browser browser) {
    this.browser = browser;
  }

  /**
   * Runs axe on the whole page; nodes inside {@code projectSelector} (or every node when it is
   * {@code null}: an own page) count as the project's.
   */
  @SuppressWarnings("unchecked")
  Report run(String page, String projectSelector) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SOURCE);
    }
    Object raw =
        js.executeAsyncScript(
            """
            const [tags, selector, done] = arguments;
            window.axe.run(document, {runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations']})
              .then(results => done(results.violations.flatMap(v => {
                const byPart = {true: [], false: []};
                for (const node of v.nodes) {
                  const target = node.target.map(String).join(' ');
                  let element = null;
                  try { element = document.querySelector(node.target[node.target.length - 1]); }
                  catch (e) { element = null; }
                  const ours = selector === null
                      || (element !== null && element.closest(selector) !== null);
                  // colour-contrast: the colours axe measured, to tell a fade from a real fault
                  const data = [].concat(node.any || [], node.all || [], node.none || [])
                      .map(c => c.data).find(d => d && d.contrastRatio !== undefined);
                  const colours = data ? ' [' + data.fgColor + ' on ' + data.bgColor + ': '
                      + data.contrastRatio + ']' : '';
                  byPart[ours].push(target + ' ' + (node.html || '').slice(0, 120) + colours);
                }
                return [true, false].filter(p => byPart[p].length).map(p => ({
                  rule: v.id, impact: v.impact || 'minor', help: v.help, project: p,
                  nodes: byPart[p]}));
              })))
              .catch(e => done('axe failed: ' + e));
            """,
            TAGS,
            projectSelector);
    if (raw instanceof String failure) {
      throw new AssertionError(failure + " on " + page);
    }
    List<Violation> violations = new ArrayList<>();
    for (Object item : (List<Object>) raw) {
      Map<String, Object> v = (Map<String, Object>) item;
      violations.add(
          new Violation(
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              Boolean.TRUE.equals(v.get("project")),
              ((List<Object>) v.get("nodes")).stream().map(String::valueOf).toList()));
    }
    Report report = new Report(page, violations);
    record(report, browser.driver().manage().window().getSize().getWidth());
    return report;
  }

  /**
   * Checks the page: fails on a serious or critical violation, in the project's part or in the
   * shell's; prints the shell's others.
   */
  Report check(String page, String projectSelector) {
    Report report = run(page, projectSelector);
    if (!report.shell().isEmpty()) {
      System.out.println(
          "[axe] shell of "
              + page
              + ": "
              + report.shell().stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }
    if (!report.blocking().isEmpty()) {
      throw new AssertionError(
          "axe: serious or critical violations in "
              + page
              + ":\n  "
              + report.blocking().stream()
                  .map(v -> (v.project() ? "[project] " : "[shell] ") + v)
                  .collect(Collectors.joining("\n  ")));
    }
    return report;
  }

  private static synchronized void record(Report report, int width) {
    try {
      Files.createDirectories(REPORTS);
      Path checks = REPORTS.resolve("checks.tsv");
      if (!Files.exists(checks)) {
        Files.writeString(
            checks,
            "page\twidth\tproject_serious_critical\tproject_other\tshell_serious_critical\tshell_other\n");
      }
      long projectBlocking = count(report.project(), true);
      long projectOther = count(report.project(), false);
      long shellBlocking = count(report.shell(), true);
      long shellOther = count(report.shell(), false);
      Files.writeString(
          checks,
          String.join(
                  "\t",
                  report.page(),
                  String.valueOf(width),
                  String.valueOf(projectBlocking),
                  String.valueOf(projectOther),
                  String.valueOf(shellBlocking),
                  String.valueOf(shellOther))
              + "\n",
          StandardOpenOption.APPEND);
      StringBuilder lines = new StringBuilder();
      for (Violation v : report.violations()) {
        lines
            .append(report.page())
            .append('\t')
            .append(width)
            .append('\t')
            .append(v.project() ? "project" : "shell")
            .append('\t')
            .append(v.impact())
            .append('\t')
            .append(v.rule())
            .append('\t')
            .append(v.nodes().size())
            .append('\n');
      }
      Files.writeString(
          REPORTS.resolve("violations.tsv"),
          lines.toString(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rules violated (not nodes), blocking ones or the others. */
  private static long count(List<Violation> violations, boolean blocking) {
    return violations.stream().filter(v -> v.blocking() == blocking).count();
  }
}
