package fr.reseau.ecoles.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.invitation.InvitationPaths;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.review.YearPaths;
import fr.reseau.ecoles.summary.DemoCampaignTest;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.HalfDaySlots;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.ReceivedMail;
import fr.reseau.ecoles.support.RestUsers;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestSmtp;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when" of issue 15, through a real SMTP server: the application, pointed at GreenMail on
 * {@code 127.0.0.1} ({@link TestSmtp}) with its own outbox worker and the real job executor, and a
 * demo campaign driven to the end over HTTP by its people, each with their own login, each opening
 * the link of the message they received. What the server received (MIME parsed) is checked: every
 * message of docs/notifications.md arrives once to each person concerned, in French, its link opens
 * that person's own task, the agreed date arrives as an {@code .ics} to both teachers and the
 * host's head, the signed mission order as a PDF to the visitor; a stalled step reminds, then
 * escalates; no message carries a word of what people wrote in their forms, and nothing arrives
 * twice.
 */
class CampaignMessagesOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final String NETWORK = DemoCampaignTest.NETWORK;
  static final String COORDINATOR = "mathilde.arnaud";

  /** Every demo user's password (README). */
  static final String PASSWORD = "demo";

  /**
   * A year of its own: the demo network's database is shared with the other job-executor tests (one
   * Spring context), which run 2026-2027 and open 2027-2028.
   */
  static final String YEAR = "2029-2030";

  static final LocalDate VISIT_DAY = LocalDate.of(2029, 11, 29);

  /** Every private answer typed in this campaign carries this mark, then a distinct text. */
  static final String SECRET = "Xq7-privé";

  @Autowired OutboxRepository outbox;
  @Autowired Links links;
  @Autowired VisitRepository visits;
  @Autowired DeclarationRepository declarations;
  @Autowired MemberRepository members;
  @Autowired EstablishmentRepository establishments;

  private final List<String> secrets = new ArrayList<>();
  private RestUsers rest;
  private CampaignPeople people;

  @Test
  void aDemoCampaignOverSmtpTellsEachPersonOnceWithTheirOwnTaskAndNoPrivateText() {
    coverSchoolYear(2029); // past the bundled calendar: visit dates would be refused
    List<String> documentalistes = new ArrayList<>(DemoCampaignTest.ANSWERS.keySet());
    documentalistes.addAll(List.of("ines.moreau", "elise.blanc"));
    people =
        CampaignPeople.overHttp(
            this, new TestNetwork(NETWORK, documentalistes, List.of(), COORDINATOR), PASSWORD);
    rest = rest();
    TestSmtp.startAfresh(outbox);

    // The coordinator opens the campaign with its start form: each documentaliste is invited, with
    // the link to their own declaration.
    ProcessInstance tour = people.startCampaign(YEAR);
    Map<String, String> declarationTasks = new HashMap<>();
    for (String documentaliste : documentalistes) {
      ReceivedMail invitation =
          only(documentaliste, m -> m.subject().startsWith("La tournée des CDI " + YEAR));
      assertThat(invitation.subject())
          .isEqualTo(
              "La tournée des CDI 2029-2030 est ouverte : déclarez votre volontariat avant le"
                  + " dimanche 30 septembre 2029");
      assertThat(invitation.text()).contains("Réseau Ventoux Baronnies");
      declarationTasks.put(
          documentaliste, ownTask(documentaliste, invitation, "Task_DeclareVolunteering"));
    }
    assertThat(declarationTasks.values()).doesNotHaveDuplicates();

    // Twelve answer from the link of their invitation; two never answer.
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
          people.complete(member, declarationTasks.get(member), declared);
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
    assertThat(visitInstances).hasSizeGreaterThan(3);
    Map<Long, String> visitorTasks = new HashMap<>();
    Map<Long, String> hostTasks = new HashMap<>();
    Set<String> paired = new TreeSet<>();
    for (ProcessInstance instance : visitInstances) {
      Visit visit = visitOf(instance);
      Member host = member(visit.getHostUserId());
      Member visitor = member(visit.getVisitorUserId());
      ReceivedMail toVisitor =
          only(
              visitor.getUserId(),
              m -> m.subject().contains("vous rendrez visite à " + host.fullName()));
      assertThat(toVisitor.text()).contains(host.getEmail()).contains("attentes et besoins");
      ReceivedMail toHost =
          only(
              host.getUserId(),
              m -> m.subject().contains("vous accueillerez " + visitor.fullName()));
      assertThat(toHost.text()).contains(visitor.getEmail());
      visitorTasks.put(
          visit.getId(), ownTask(visitor.getUserId(), toVisitor, "Task_PreVisitVisitor"));
      hostTasks.put(visit.getId(), ownTask(host.getUserId(), toHost, "Task_PreVisitHost"));
      paired.add(visitor.getUserId());
      paired.add(host.getUserId());
    }
    for (String volunteer : volunteers) {
      assertThat(mailsTo(volunteer, m -> m.subject().contains("pas de binôme")))
          .as("no pair for %s", volunteer)
          .hasSize(paired.contains(volunteer) ? 0 : 1);
    }

    // Eleven days later, nobody has written their pre-visit document: each is reminded (the
    // follow-up date, P7D), with the link to their own task, which stays theirs.
    clockAt(LocalDate.of(2029, 10, 12), 9);
    for (ProcessInstance instance : visitInstances) {
      Visit visit = visitOf(instance);
      assertReminded(visit.getVisitorUserId(), visitorTasks.get(visit.getId()));
      assertReminded(visit.getHostUserId(), hostTasks.get(visit.getId()));
    }

    // Six visits are prepared from those links, and held; the others stay silent.
    int drive = Math.min(6, visitInstances.size());
    List<ProcessInstance> driven = visitInstances.subList(0, drive);
    List<ProcessInstance> silent = visitInstances.subList(drive, visitInstances.size());
    // Nobody on two visits of one half-day (the tour's rule): the morning or the afternoon of
    // VISIT_DAY (a day before only if a triangle of « both » volunteers needs a third half-day).
    Map<String, HalfDaySlots.Slot> slots =
        HalfDaySlots.of(driven.stream().map(this::visitOf).toList(), VISIT_DAY);
    for (int i = 0; i < drive; i++) {
      prepare(driven.get(i), visitorTasks, hostTasks, i, slots.get(driven.get(i).getId()));
    }
    // The silent visits' pre-visit documents pass their due date (P14D): the coordinator is told,
    // with the link to « Relancer ou réaffecter », theirs to decide.
    clockAt(LocalDate.of(2029, 11, 30), 9);
    for (ProcessInstance instance : silent) {
      for (String stalled : List.of("Task_PreVisitVisitor", "Task_PreVisitHost")) {
        assertThat(task(instance, stalled)).as(stalled).isNull();
        Task followUp = task(instance, stalled + "FollowUp");
        assertThat(followUp).as(stalled + "FollowUp").isNotNull();
        ReceivedMail escalation =
            only(COORDINATOR, m -> m.taskId().orElse("").equals(followUp.getId()));
        assertThat(escalation.subject()).startsWith("Tâche en attente : Attentes et besoins");
        assertThat(ownTask(COORDINATOR, escalation, stalled + "FollowUp"))
            .isEqualTo(followUp.getId());
      }
    }
    List<Visit> held = new ArrayList<>();
    for (int i = 0; i < drive; i++) {
      Long visitId = visitOf(driven.get(i)).getId();
      finish(driven.get(i), i);
      held.add(visits.findById(visitId).orElseThrow());
    }
    // The others never agree on a date: the end of the window closes them.
    clockAt(LocalDate.of(2030, 6, 12), 9);
    for (ProcessInstance instance : silent) {
      if (task(instance, "Task_ResolveStalledVisit") != null) {
        people.byAssignee(
            instance,
            "Task_ResolveStalledVisit",
            Map.of(
                CdiVisitVariables.STALLED_DECISION,
                "cancel",
                CdiVisitVariables.STALLED_COMMENT,
                // The coordinators' word to the teachers (it may be in the message): no secret.
                "Pas de date trouvée"));
      }
    }
    clockAt(LocalDate.of(2030, 6, 13), 9);

    // Both teachers of each visit held, and the head of the host's school, received the
    // invitation to its agreed date: an .ics parsed back with ical4j, on that date, at the host's
    // school; the visitor received the signed mission order as a PDF with names and date.
    for (Visit visit : held) {
      assertDateAgreed(visit);
      assertMissionOrder(visit);
    }

    // The summary, published: to every volunteer, with the link to its page, which opens for them.
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();
    String summaryPage = links.page(YearPaths.summary(NETWORK, YEAR));
    for (String volunteer : volunteers) {
      ReceivedMail summary = only(volunteer, m -> m.subject().contains("synthèse"));
      assertThat(summary.subject())
          .isEqualTo(
              "La synthèse de la tournée des CDI 2029-2030 du Réseau Ventoux Baronnies est"
                  + " publiée");
      assertThat(summary.text()).contains("Visites").contains(summaryPage);
      assertThat(rest.as(volunteer, PASSWORD).get(path(summaryPage)).statusCode())
          .as("summary page for %s", volunteer)
          .isEqualTo(200);
    }

    // The annual review, opened by the end of the campaign: each person asked gets the request
    // with the link to their own feedback; all but one answer from it; the silent one is reminded.
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(NETWORK)
            .processInstanceBusinessKey(AnnualReview.businessKey(NETWORK, YEAR))
            .singleResult();
    assertThat(review).isNotNull();
    List<String> asked =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_GiveFeedback")
            .list()
            .stream()
            .map(Task::getAssignee)
            .toList();
    assertThat(asked).hasSizeGreaterThan(1);
    String silentOne = asked.get(0);
    String silentTask = null;
    for (String person : asked) {
      ReceivedMail request = only(person, m -> m.subject().startsWith("Bilan de l'année " + YEAR));
      String feedback = ownTask(person, request, "Task_GiveFeedback");
      if (person.equals(silentOne)) {
        silentTask = feedback;
        continue;
      }
      people.complete(
          person,
          feedback,
          CampaignPeople.feedback(
              taskService,
              feedback,
              Map.of(
                  AnnualReviewVariables.FEEDBACK_NEEDS_MET,
                  "4",
                  AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
                  secret("pratiques de " + person),
                  AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
                  secret("souhaits de " + person))));
    }
    clockAt(
        LocalDate.parse((String) variable(review, AnnualReviewVariables.FEEDBACK_REMINDER_DATE)),
        9);
    assertReminded(silentOne, silentTask);

    // Nothing anyone wrote in a form is in any message that arrived (subject, text, HTML, files);
    // every message is in French, with the preferences footer; nothing arrived twice.
    TestSmtp.awaitSent(outbox);
    List<ReceivedMail> all = TestSmtp.received();
    // How many depends on the pairing: pairs of earlier years are never proposed again, and the
    // other ITs' campaigns on the demo network leave such pairs (79 after them, 80+ alone).
    assertThat(all).hasSizeGreaterThan(60);
    assertThat(secrets).hasSizeGreaterThan(30);
    for (ReceivedMail mail : all) {
      String readable = mail.readable();
      assertThat(readable).as("message %s", mail.subject()).doesNotContain(SECRET);
      for (String secret : secrets) {
        assertThat(readable).doesNotContain(secret);
      }
      assertThat(mail.recipients()).hasSize(1);
      assertThat(mail.text().strip())
          .as(mail.subject())
          .startsWith("Bonjour")
          .contains("Message envoyé automatiquement par le réseau d'écoles");
      assertThat(mail.html()).contains("lang=\"fr\"");
    }
    assertThat(all.stream().map(ReceivedMail::messageId)).doesNotHaveDuplicates();
    assertThat(all.stream().map(m -> m.recipients() + m.subject() + m.text()))
        .doesNotHaveDuplicates();
  }

  /** Pre-visit documents from the pairing links (private texts), the date, the mission order. */
  private void prepare(
      ProcessInstance instance,
      Map<Long, String> visitorTasks,
      Map<Long, String> hostTasks,
      int i,
      HalfDaySlots.Slot slot) {
    Visit visit = visitOf(instance);
    people.complete(
        visit.getVisitorUserId(),
        visitorTasks.get(visit.getId()),
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            secret("attentes du visiteur " + i),
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            secret("à voir " + i)));
    people.complete(
        visit.getHostUserId(),
        hostTasks.get(visit.getId()),
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            secret("attentes de l'accueil " + i),
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            secret("à montrer " + i),
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            secret("public " + i)));
    people.byAssignee(
        instance,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            slot.date(),
            CdiVisitVariables.VISIT_HALF_DAY,
            slot.halfDay()));
    people.byAssignee(
        instance, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    // The head of the visitor's school signs from the link of their message.
    Member visitor = member(visit.getVisitorUserId());
    String head = task(instance, "Task_SignMissionOrder").getAssignee();
    assertThat(member(head).getEstablishmentCode()).isEqualTo(visitor.getEstablishmentCode());
    ReceivedMail toSign =
        only(
            head,
            m ->
                m.subject()
                    .startsWith("Ordre de mission à signer : visite de " + visitor.fullName()));
    assertThat(toSign.subject()).contains("jeudi 29 novembre 2029");
    people.complete(
        head,
        ownTask(head, toSign, "Task_SignMissionOrder"),
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-" + i));
  }

  /** Held, the recap written (private texts); the host validates it from the link received. */
  private void finish(ProcessInstance instance, int i) {
    Visit visit = visitOf(instance);
    people.byAssignee(
        instance, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    people.byAssignee(
        instance,
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
    Member visitor = member(visit.getVisitorUserId());
    ReceivedMail toValidate =
        only(
            visit.getHostUserId(),
            m -> m.subject().contains("le récapitulatif de la visite de " + visitor.fullName()));
    people.complete(
        visit.getHostUserId(),
        ownTask(visit.getHostUserId(), toValidate, "Task_ValidateRecap"),
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            true,
            CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
            true));
  }

  /** The visitor, the host and the head of the host's school: one invitation each, on the date. */
  private void assertDateAgreed(Visit visit) {
    String school =
        establishments.findById(visit.getHostEstablishmentCode()).orElseThrow().getName();
    String head =
        establishments
            .findById(visit.getHostEstablishmentCode())
            .orElseThrow()
            .getPrincipalUserId();
    String uid = "visite-" + visit.getId() + "-" + NETWORK + "@reseau-ecoles";
    for (String person : List.of(visit.getVisitorUserId(), visit.getHostUserId(), head)) {
      List<VEvent> events =
          mailsTo(
                  person,
                  m ->
                      m.subject().startsWith("Visite du CDI le jeudi 29 novembre 2029")
                          && m.subject().endsWith(": date convenue"))
              .stream()
              .flatMap(m -> m.files(".ics").stream())
              .map(f -> f.calendar().<VEvent>getComponents(Component.VEVENT))
              .flatMap(List::stream)
              .filter(e -> value(e, Property.UID).equals(uid))
              .toList();
      assertThat(events).as("invitation of %s to visit %s", person, visit.getId()).hasSize(1);
      VEvent event = events.get(0);
      assertThat(value(event, Property.LOCATION)).contains(school);
      assertThat(
              ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
                  .withZoneSameInstant(ProcessDates.ZONE)
                  .toLocalDate())
          .isEqualTo(visit.getVisitDate())
          .isEqualTo(VISIT_DAY);
    }
  }

  /** The visitor: the signed order as a PDF with both names and schools and the date. */
  private void assertMissionOrder(Visit visit) {
    Member visitor = member(visit.getVisitorUserId());
    Member host = member(visit.getHostUserId());
    String link = links.page(InvitationPaths.missionOrder(visit.getId()));
    ReceivedMail signed =
        only(
            visitor.getUserId(),
            m ->
                m.subject().startsWith("Votre ordre de mission est signé")
                    && m.links().contains(link));
    assertThat(signed.subject()).contains("jeudi 29 novembre 2029");
    assertThat(signed.files(".pdf")).hasSize(1);
    ReceivedMail.File pdf = signed.files(".pdf").get(0);
    assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdf.pdfText())
        .contains("Ordre de mission")
        .contains(visitor.fullName())
        .contains(host.fullName())
        .contains(establishments.findById(visitor.getEstablishmentCode()).orElseThrow().getName())
        .contains(establishments.findById(host.getEstablishmentCode()).orElseThrow().getName())
        .contains("jeudi 29 novembre 2029")
        .contains("Signé le");
    // Its link downloads the order for the visitor.
    HttpResponse<String> download = rest.as(visitor.getUserId(), PASSWORD).get(path(link));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
  }

  /** One reminder « Rappel : … » arrived to the person, for that task of theirs. */
  private void assertReminded(String person, String taskId) {
    ReceivedMail reminder =
        only(
            person,
            m -> m.subject().startsWith("Rappel : ") && m.taskId().orElse("").equals(taskId));
    assertThat(ownTask(person, reminder, null)).isEqualTo(taskId);
  }

  /**
   * The task id of the message's Tasklist link: an open task of that kind the person sees, assigned
   * to them or offered to one of their groups. Returns it.
   */
  private String ownTask(String person, ReceivedMail mail, String taskDefinitionKey) {
    String taskId = mail.taskId().orElseThrow(() -> new AssertionError("no task link: " + mail));
    RestUsers.User user = rest.as(person, PASSWORD);
    JsonNode task = user.task(taskId);
    String key = task.get("taskDefinitionKey").asText();
    if (taskDefinitionKey != null) {
      assertThat(key).isEqualTo(taskDefinitionKey);
    }
    assertThat(user.tasks(key).stream().map(t -> t.get("id").asText()))
        .as("open tasks %s of %s", key, person)
        .contains(taskId);
    return taskId;
  }

  private ReceivedMail only(String person, Predicate<ReceivedMail> which) {
    List<ReceivedMail> found = mailsTo(person, which);
    assertThat(found).as("messages to %s", person).hasSize(1);
    return found.get(0);
  }

  /** What the SMTP server received for that person so far. */
  private List<ReceivedMail> mailsTo(String person, Predicate<ReceivedMail> which) {
    String address = member(person).getEmail();
    TestSmtp.awaitSent(outbox);
    return TestSmtp.received().stream().filter(m -> m.isTo(address)).filter(which).toList();
  }

  private static String path(String link) {
    return java.net.URI.create(link).getRawPath();
  }

  private static String value(Component component, String name) {
    return component.getProperty(name).map(Property::getValue).orElse("");
  }

  private String secret(String what) {
    String text = SECRET + " — " + what + " n°" + secrets.size();
    secrets.add(text);
    return text;
  }

  private Member member(String userId) {
    return members.findById(userId).orElseThrow();
  }

  private Visit visitOf(ProcessInstance instance) {
    Long visitId = ((Number) variable(instance, CdiVisitVariables.VISIT_ID)).longValue();
    return visits.findById(visitId).orElseThrow();
  }
}
