package fr.reseau.ecoles.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.MailSettings;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.notification.OutboxWorker;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.review.YearPaths;
import fr.reseau.ecoles.summary.DemoCampaignTest;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A demo campaign driven to the end with the real job executor, nobody logged in on it: every
 * message of docs/notifications.md that this package sends reaches the right people once, with the
 * link to their own task, and no message carries a word of what people wrote in their forms.
 */
class CampaignMessagesOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final String NETWORK = DemoCampaignTest.NETWORK;
  static final String COORDINATOR = "mathilde.arnaud";

  /**
   * A year of its own: the demo network's database is shared with the other job-executor tests (one
   * Spring context), which run 2026-2027 and open 2027-2028.
   */
  static final String YEAR = "2029-2030";

  /** Every private answer typed in this campaign carries this mark, then a distinct text. */
  static final String SECRET = "Xq7-privé";

  /** The template of the visit date's invitation (package invitation). */
  static final String DATE_AGREED = "visit-date-agreed";

  @Autowired OutboxRepository outbox;
  @Autowired Links links;
  @Autowired VisitRepository visits;
  @Autowired DeclarationRepository declarations;
  @Autowired MemberRepository members;
  @Autowired EstablishmentRepository establishments;
  @Autowired DataSource dataSource;
  @Autowired MailSettings mailSettings;

  private final List<String> secrets = new ArrayList<>();

  /** The last message of the outbox before this test: the next ones are this test's. */
  private long before;

  @Test
  void aDemoCampaignTellsEachPersonOnceWithTheirOwnTaskAndNoPrivateText() {
    List<String> documentalistes = new ArrayList<>(DemoCampaignTest.ANSWERS.keySet());
    documentalistes.addAll(List.of("ines.moreau", "elise.blanc"));
    CampaignPeople people =
        new CampaignPeople(this, new TestNetwork(NETWORK, documentalistes, List.of(), COORDINATOR));

    // The campaign opens: each documentaliste is invited, with the link to their own declaration.
    before = outbox.findAll().stream().mapToLong(OutboxMessage::getId).max().orElse(0);
    ProcessInstance tour = people.startCampaign(YEAR);
    List<Task> declarationTasks = tasks(tour, "Task_DeclareVolunteering");
    assertThat(declarationTasks).hasSize(14);
    declarationTasks.forEach(task -> assertTaskMessage(MessageKind.CAMPAIGN_INVITATION, task));
    OutboxMessage invitation =
        only(MessageKind.CAMPAIGN_INVITATION, declarationTasks.get(0).getAssignee());
    assertThat(invitation.getSubject())
        .contains("La tournée des CDI 2029-2030 est ouverte")
        .contains("dimanche 30 septembre 2029");
    assertThat(invitation.getBodyText()).contains("Bonjour ").contains("Réseau Ventoux Baronnies");

    DemoCampaignTest.ANSWERS.forEach(
        (member, answer) -> {
          Map<String, Object> declared = new HashMap<>();
          declared.put(CdiTourVariables.VOLUNTEER, answer.role() != null);
          if (answer.role() != null) {
            declared.put(CdiTourVariables.VOLUNTEER_ROLE, answer.role());
            declared.put(CdiTourVariables.PUBLIC_SERVED, answer.publicServed());
            declared.put(CdiTourVariables.NEEDS, answer.needs());
            declared.put(CdiTourVariables.STRENGTHS, answer.strengths());
            declared.put(CdiTourVariables.PPCR_PLANNED, answer.ppcr());
            declared.put(CdiTourVariables.CONSTRAINT_KINDS, answer.constraints());
            declared.put(CdiTourVariables.EXPECTATIONS, secret("attentes de " + member));
          }
          completeAs(member, taskOf(tour, "Task_DeclareVolunteering", member), declared);
        });
    clockAt(LocalDate.of(2029, 10, 1), 9);
    people.approvePairing(tour);
    Long campaignId = (Long) variable(tour, CdiTourVariables.Internal.CAMPAIGN_ID);
    List<String> volunteers =
        declarations.findByCampaignIdAndVolunteerTrueOrderByMemberUserId(campaignId).stream()
            .map(Declaration::getMemberUserId)
            .toList();
    assertThat(volunteers).isNotEmpty();

    // The pairing result: each teacher of each visit, with the peer and the link to their own
    // pre-visit task; the volunteers left without a pair are told too.
    List<ProcessInstance> visitInstances = calledInstances(tour);
    assertThat(visitInstances).isNotEmpty();
    Set<String> paired = new TreeSet<>();
    for (ProcessInstance instance : visitInstances) {
      Visit visit = visitOf(instance);
      Task visitorTask = task(instance, "Task_PreVisitVisitor");
      Task hostTask = task(instance, "Task_PreVisitHost");
      assertThat(visitorTask.getAssignee()).isEqualTo(visit.getVisitorUserId());
      assertThat(hostTask.getAssignee()).isEqualTo(visit.getHostUserId());
      OutboxMessage toVisitor = assertTaskMessage(MessageKind.PAIRING_RESULT, visitorTask);
      OutboxMessage toHost = assertTaskMessage(MessageKind.PAIRING_RESULT, hostTask);
      Member host = members.findById(visit.getHostUserId()).orElseThrow();
      Member visitor = members.findById(visit.getVisitorUserId()).orElseThrow();
      assertThat(toVisitor.getSubject()).contains("vous rendrez visite à " + host.fullName());
      assertThat(toVisitor.getBodyText()).contains(host.getEmail()).contains("attentes et besoins");
      assertThat(toHost.getSubject()).contains("vous accueillerez " + visitor.fullName());
      assertThat(toHost.getBodyText()).contains(visitor.getEmail());
      paired.add(visit.getVisitorUserId());
      paired.add(visit.getHostUserId());
    }
    for (String volunteer : volunteers) {
      if (!paired.contains(volunteer)) {
        assertThat(messages(MessageKind.PAIRING_UNPAIRED, volunteer)).hasSize(1);
      } else {
        assertThat(messages(MessageKind.PAIRING_UNPAIRED, volunteer)).isEmpty();
      }
    }

    // The visits: the mission order to the head of the visitor's school, the recap to the host.
    clockAt(LocalDate.of(2029, 10, 12), 9);
    int drive = Math.min(6, visitInstances.size());
    List<Visit> held = new ArrayList<>();
    for (int i = 0; i < drive; i++) {
      prepare(people, visitInstances.get(i), i);
    }
    clockAt(LocalDate.of(2029, 11, 30), 9);
    for (int i = 0; i < drive; i++) {
      Long visitId = visitOf(visitInstances.get(i)).getId();
      finish(people, visitInstances.get(i), i);
      held.add(visits.findById(visitId).orElseThrow());
    }
    // The others never agree on a date: the end of the window closes them.
    clockAt(LocalDate.of(2030, 6, 12), 9);
    for (ProcessInstance instance : visitInstances.subList(drive, visitInstances.size())) {
      var stalled = task(instance, "Task_ResolveStalledVisit");
      if (stalled != null) {
        people.byAssignee(
            instance,
            "Task_ResolveStalledVisit",
            Map.of(
                CdiVisitVariables.STALLED_DECISION,
                "cancel",
                CdiVisitVariables.STALLED_COMMENT,
                "Pas de date trouvée"));
      }
    }
    clockAt(LocalDate.of(2030, 6, 13), 9);

    // The summary, published: to every volunteer, with the link to its page.
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();
    for (String volunteer : volunteers) {
      OutboxMessage summary = only(MessageKind.SUMMARY_PUBLISHED, volunteer);
      assertThat(summary.getLink()).isEqualTo(links.page(YearPaths.summary(NETWORK, YEAR)));
      assertThat(summary.getSubject()).contains("synthèse").contains(YEAR);
      assertThat(summary.getBodyText()).contains("Visites");
    }
    assertThat(mine())
        .filteredOn(m -> m.getKind().equals(MessageKind.SUMMARY_PUBLISHED.template()))
        .hasSize(volunteers.size());

    // The annual review, opened by the end of the campaign: each person asked gets the request.
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("annual-review")
            .tenantIdIn(NETWORK)
            .processInstanceBusinessKey(AnnualReview.businessKey(NETWORK, YEAR))
            .singleResult();
    assertThat(review).isNotNull();
    List<Task> feedback = tasks(review, "Task_GiveFeedback");
    assertThat(feedback).isNotEmpty();
    feedback.forEach(task -> assertTaskMessage(MessageKind.FEEDBACK_REQUEST, task));
    for (Task task : feedback) {
      completeAs(
          task.getAssignee(),
          task,
          Map.of(
              AnnualReviewVariables.FEEDBACK_NEEDS_MET,
              "4",
              AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
              secret("pratiques de " + task.getAssignee()),
              AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
              secret("souhaits de " + task.getAssignee())));
    }

    // Nothing anyone wrote in a form is in any message.
    List<OutboxMessage> all = mine();
    assertThat(all).hasSizeGreaterThan(40);
    assertThat(secrets).hasSizeGreaterThan(30);
    for (OutboxMessage message : all) {
      String whole =
          Stream.of(message.getSubject(), message.getBodyText(), message.getBodyHtml())
              .map(String::valueOf)
              .reduce("", String::concat);
      assertThat(whole).as("message %s", message.getDedupKey()).doesNotContain(SECRET);
      for (String secret : secrets) {
        assertThat(whole).doesNotContain(secret);
      }
    }
    // Each message once: one message per kind, person and link (a visit's messages of the package
    // invitation link to the person's calendar page, the same for all their visits).
    assertThat(
            all.stream()
                .filter(m -> MessageKind.ofTemplate(m.getKind()).isPresent())
                .map(m -> m.getKind() + " " + m.getRecipientUserId() + " " + m.getLink()))
        .doesNotHaveDuplicates();

    // Through a real SMTP server on 127.0.0.1 (GreenMail, a free port) and the application's own
    // outbox worker: every message of this test arrives once, to the member's address, and what
    // arrives (decoded subject, text and HTML) carries no private text either.
    Map<String, OutboxMessage> byMessageId = new HashMap<>();
    all.forEach(m -> byMessageId.put(m.getMessageId(), m));
    List<MimeMessage> received = new ArrayList<>();
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(smtp.getSmtp().getPort());
      sender.setDefaultEncoding("UTF-8");
      StaticListableBeanFactory beans = new StaticListableBeanFactory();
      beans.addBean("sender", sender);
      OutboxWorker worker =
          new OutboxWorker(
              dataSource, beans.getBeanProvider(JavaMailSender.class), members, mailSettings);
      await()
          .atMost(Duration.ofMinutes(2))
          .until(
              () -> {
                worker.sendDue(sender);
                received.clear();
                Stream.of(smtp.getReceivedMessages())
                    .filter(m -> byMessageId.containsKey(messageId(m)))
                    .forEach(received::add);
                return received.size() >= all.size();
              });
    } finally {
      smtp.stop();
    }
    assertThat(received.stream().map(CampaignMessagesOnJobExecutorIT::messageId))
        .doesNotHaveDuplicates()
        .hasSameSizeAs(all);
    for (MimeMessage mail : received) {
      OutboxMessage stored = byMessageId.get(messageId(mail));
      Member recipient = members.findById(stored.getRecipientUserId()).orElseThrow();
      assertThat(recipients(mail)).containsExactly(recipient.getEmail());
      assertThat(subject(mail)).isEqualTo(stored.getSubject());
      String content = subject(mail) + decoded(mail);
      assertThat(content).contains(stored.getLink()).doesNotContain(SECRET);
      for (String secret : secrets) {
        assertThat(content).doesNotContain(secret);
      }
    }
    // Both teachers of each visit received the invitation to its agreed date: an .ics parsed back
    // with ical4j, on that date, at the host's school.
    for (Visit visit : held) {
      String school =
          establishments.findById(visit.getHostEstablishmentCode()).orElseThrow().getName();
      for (String teacher : List.of(visit.getVisitorUserId(), visit.getHostUserId())) {
        String address = members.findById(teacher).orElseThrow().getEmail();
        List<VEvent> invitations =
            received.stream()
                .filter(m -> byMessageId.get(messageId(m)).getKind().equals(DATE_AGREED))
                .filter(m -> recipients(m).contains(address))
                .flatMap(m -> icsFiles(m).stream())
                .map(CampaignMessagesOnJobExecutorIT::event)
                .filter(event -> value(event, Property.LOCATION).contains(school))
                .toList();
        assertThat(invitations)
            .as("invitation of %s to visit %s", teacher, visit.getId())
            .hasSize(1);
        VEvent event = invitations.get(0);
        assertThat(
                ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
                    .withZoneSameInstant(ProcessDates.ZONE)
                    .toLocalDate())
            .isEqualTo(visit.getVisitDate())
            .isEqualTo(LocalDate.of(2029, 11, 29));
      }
    }
    // Every volunteer received the invitation, the pairing result and the summary by e-mail.
    for (String volunteer : volunteers) {
      String address = members.findById(volunteer).orElseThrow().getEmail();
      List<String> subjects =
          received.stream()
              .filter(m -> recipients(m).contains(address))
              .map(CampaignMessagesOnJobExecutorIT::subject)
              .toList();
      assertThat(subjects)
          .as("mails to %s", volunteer)
          .anyMatch(t -> t.contains("est ouverte"))
          .anyMatch(
              t ->
                  t.contains("vous rendrez visite")
                      || t.contains("vous accueillerez")
                      || t.contains("pas de binôme"))
          .anyMatch(t -> t.contains("synthèse"));
    }
  }

  /** The .ics files attached to a message. */
  private static List<byte[]> icsFiles(Part part) {
    try {
      List<byte[]> files = new ArrayList<>();
      if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
        files.add(part.getInputStream().readAllBytes());
      } else if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          files.addAll(icsFiles(multipart.getBodyPart(i)));
        }
      }
      return files;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static VEvent event(byte[] ics) {
    try {
      Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
      List<VEvent> events = calendar.getComponents(Component.VEVENT);
      assertThat(events).hasSize(1);
      return events.get(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String value(Component component, String name) {
    return component.getProperty(name).map(Property::getValue).orElse("");
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage mail) {
    try {
      return Stream.of(mail.getAllRecipients())
          .map(address -> ((InternetAddress) address).getAddress())
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text parts of a message, decoded (quoted-printable, base64, charsets). */
  private static String decoded(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        // text/calendar attachments come as a stream: read them too.
        return part.getContent() instanceof String text
            ? text
            : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      StringBuilder text = new StringBuilder();
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          text.append(decoded(multipart.getBodyPart(i))).append('\n');
        }
      }
      return text.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Pre-visit documents (private texts), the date, the mission order signed by the head. */
  private void prepare(CampaignPeople people, ProcessInstance visit, int i) {
    people.byAssignee(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            secret("attentes du visiteur " + i),
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            secret("à voir " + i)));
    people.byAssignee(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            secret("attentes de l'accueil " + i),
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            secret("à montrer " + i),
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            secret("public " + i)));
    people.byAssignee(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2029-11-29",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    people.byAssignee(
        visit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    Task sign = task(visit, "Task_SignMissionOrder");
    OutboxMessage toHead = assertTaskMessage(MessageKind.MISSION_ORDER_TO_SIGN, sign);
    Visit row = visitOf(visit);
    Member head = members.findById(sign.getAssignee()).orElseThrow();
    Member visitor = members.findById(row.getVisitorUserId()).orElseThrow();
    assertThat(head.getEstablishmentCode()).isEqualTo(visitor.getEstablishmentCode());
    assertThat(toHead.getSubject()).contains(visitor.fullName()).contains("jeudi 29 novembre 2029");
    people.byAssignee(
        visit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-" + i));
  }

  /** Held, the recap written (private texts) and sent to the host, who validates it. */
  private void finish(CampaignPeople people, ProcessInstance visit, int i) {
    people.byAssignee(visit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    people.byAssignee(
        visit,
        "Task_WriteRecap",
        Map.of(
            CdiVisitVariables.RECAP_EXCHANGES,
            secret("échanges " + i),
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
            secret("piste accueil " + i),
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
            secret("piste visiteur " + i),
            CdiVisitVariables.RECAP_TRAINING_NEEDS,
            DemoCampaignTest.RECAP_NEEDS.get(i),
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
            true));
    Task validate = task(visit, "Task_ValidateRecap");
    assertThat(validate.getAssignee()).isEqualTo(visitOf(visit).getHostUserId());
    assertTaskMessage(MessageKind.RECAP_TO_VALIDATE, validate);
    people.byAssignee(
        visit,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            true,
            CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
            true));
  }

  private String secret(String what) {
    String text = SECRET + " — " + what + " n°" + secrets.size();
    secrets.add(text);
    return text;
  }

  private Visit visitOf(ProcessInstance instance) {
    Long visitId = ((Number) variable(instance, CdiVisitVariables.VISIT_ID)).longValue();
    return visits.findById(visitId).orElseThrow();
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .list();
  }

  /**
   * The task's assignee received exactly one message of that kind for it, in French, whose link
   * opens that very task.
   */
  private OutboxMessage assertTaskMessage(MessageKind kind, Task task) {
    assertThat(task.getAssignee()).as("assignee of %s", task.getTaskDefinitionKey()).isNotNull();
    List<OutboxMessage> forTask =
        messages(kind, task.getAssignee()).stream()
            .filter(m -> m.getLink().equals(links.task(task.getId())))
            .toList();
    assertThat(forTask)
        .as("%s to %s for task %s", kind, task.getAssignee(), task.getId())
        .hasSize(1);
    OutboxMessage message = forTask.get(0);
    assertThat(message.getNetworkId()).isEqualTo(NETWORK);
    assertThat(message.getBodyText()).contains("Bonjour").contains(links.task(task.getId()));
    assertThat(message.getBodyHtml()).contains("lang=\"fr\"");
    return message;
  }

  private OutboxMessage only(MessageKind kind, String recipient) {
    List<OutboxMessage> found = messages(kind, recipient);
    assertThat(found).as("%s to %s", kind, recipient).hasSize(1);
    return found.get(0);
  }

  private List<OutboxMessage> messages(MessageKind kind, String recipient) {
    return outbox.findByRecipientUserIdOrderById(recipient).stream()
        .filter(m -> m.getId() > before)
        .filter(m -> m.getKind().equals(kind.template()))
        .toList();
  }

  /** The messages of this test, of every kind (reminders of other helpers' steps included). */
  private List<OutboxMessage> mine() {
    return outbox.findAll().stream().filter(m -> m.getId() > before).toList();
  }
}
