package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The messages of an academic group (docs/academic-groups.md): the référent filed a progress
 * report, so the group's IA-IPR and its other teachers are told, through the outbox and their
 * preferences (category information: at once or in the daily digest). The message names the
 * production, the référent and the date; the report itself is read behind the login, at the link.
 */
@Service
public class ProductionMessages {

  /** {@code templates/mail/academic-progress-report.txt} and {@code .html}. */
  public static final String PROGRESS_REPORTED = "academic-progress-report";

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final AcademicGroupRepository groups;
  private final AcademicAccounts accounts;
  private final Notifications notifications;
  private final Links links;

  public ProductionMessages(
      AcademicGroupRepository groups,
      AcademicAccounts accounts,
      Notifications notifications,
      Links links) {
    this.groups = groups;
    this.accounts = accounts;
    this.notifications = notifications;
    this.links = links;
  }

  /** In the transaction of the report: a refused form leaves no message. */
  public void progressReported(Production production, ProgressReport report) {
    AcademicGroup group = groups.findById(production.getGroupId()).orElseThrow();
    Set<String> recipients = new TreeSet<>(group.getMembers());
    recipients.add(group.getInspectorUserId());
    recipients.remove(report.getReportedBy());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("productionTitle", production.getTitle());
    model.put(ProductionPublicationVariables.GROUP_NAME, group.getName());
    model.put("academie", group.getAcademie());
    model.put("referentName", accounts.name(report.getReportedBy()));
    model.put("reportedOn", FRENCH_DATE.format(report.getReportedAt().atZone(ProcessDates.ZONE)));
    String link =
        links.page(AcademicGroupController.PRODUCTIONS.replace("{groupId}", group.getId()));
    for (String recipient : recipients) {
      notifications.send(
          new Notice(
              PROGRESS_REPORTED,
              recipient,
              group.engineId(),
              NoticeCategory.INFORMATION,
              model,
              link,
              List.of(),
              PROGRESS_REPORTED + ":" + report.getId() + ":" + recipient));
    }
  }
}
