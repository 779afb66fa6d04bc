package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.api.ApiAccess;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.privacy.PrivateVariables;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code annual-review}, and the end of {@code cdi-tour} that starts it. Thin: the
 * work is in the services.
 */
@Configuration
public class AnnualReviewProcessBeans {

  public static final String PROCESS_KEY = "annual-review";
  public static final String CAMPAIGN_ENDED_MESSAGE = "Message_CampaignEnded";
  private static final Logger LOG = LoggerFactory.getLogger(AnnualReviewProcessBeans.class);

  private final AnnualReviewService reviews;
  private final YearIndicatorsService indicators;
  private final PrivateVariables privateVariables;
  private final ApiAccess access;
  private final SystemAccess system;

  public AnnualReviewProcessBeans(
      AnnualReviewService reviews,
      YearIndicatorsService indicators,
      PrivateVariables privateVariables,
      ApiAccess access,
      SystemAccess system) {
    this.reviews = reviews;
    this.indicators = indicators;
    this.privateVariables = privateVariables;
    this.access = access;
    this.system = system;
  }

  /**
   * {@code Task_OpenReview}: the review of the year for the network of the started definition (its
   * tenant), by one of its coordinators; the feedback deadline is the task's input parameter {@code
   * feedbackDeadline} (an ISO period, e.g. {@code P21D}) from today, the reminder {@code
   * feedbackReminderBefore} (e.g. {@code P7D}) before it.
   */
  @Bean
  public JavaDelegate openReviewDelegate() {
    return execution -> {
      String tenant = execution.getTenantId();
      Object givenNetwork = execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
      if (givenNetwork == null && tenant != null) {
        execution.setVariable(AnnualReviewVariables.Internal.NETWORK_ID, tenant);
      } else if (tenant != null && !tenant.equals(givenNetwork)) {
        throw new InvalidInputException(
            AnnualReviewVariables.Internal.NETWORK_ID,
            "ce processus est celui du réseau « "
                + tenant
                + " » : le bilan ne peut être ouvert que pour ce réseau.");
      }
      FormInput input = FormInput.of(execution);
      String networkId = input.requiredText(AnnualReviewVariables.Internal.NETWORK_ID, 100);
      String schoolYear = input.requiredText(AnnualReviewVariables.SCHOOL_YEAR, 9);
      // Opened by hand: the coordinator's start form is checked against their rights. Opened by the
      // end
      // of a campaign: on the job executor, nobody is logged in and the network is the process's
      // tenant.
      Optional<Authentication> user =
          Requester.person(execution.getProcessEngineServices().getIdentityService());
      if (user.isPresent() && !access.isCoordinatorOf(user.get(), networkId)) {
        throw new InvalidInputException(
            AnnualReviewVariables.Internal.NETWORK_ID,
            "seule la coordination du réseau « " + networkId + " » peut en ouvrir le bilan.");
      }
      Period deadline = period(execution, AnnualReviewVariables.FEEDBACK_DEADLINE);
      Period reminderBefore = period(execution, AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE);
      var opened =
          reviews.open(
              networkId,
              schoolYear,
              execution.getProcessInstanceId(),
              user.map(Authentication::getUserId).orElse(null));
      LocalDate due = EngineClock.today().plus(deadline);
      reviews.askFeedback(opened.review().getId(), due, opened.participants().size());

      execution.setProcessBusinessKey(opened.review().businessKey());
      execution.setVariable(AnnualReviewVariables.Internal.REVIEW_ID, opened.review().getId());
      execution.setVariable(AnnualReviewVariables.NETWORK_NAME, opened.network().getName());
      execution.setVariable(
          AnnualReviewVariables.PARTICIPANTS, new ArrayList<>(opened.participants()));
      execution.setVariable(AnnualReviewVariables.FEEDBACK_DUE_DATE, due.toString());
      LocalDate reminder = due.minus(reminderBefore);
      execution.setVariable(
          AnnualReviewVariables.FEEDBACK_REMINDER_DATE,
          (reminder.isBefore(EngineClock.today()) ? EngineClock.today() : reminder).toString());
      execution.setVariable(
          AnnualReviewVariables.YEAR_PAGE_URL, YearPageController.pagePath(networkId, schoolYear));
      execution.setVariable(
          AnnualReviewVariables.REPORT_URL, YearPageController.reportPath(networkId, schoolYear));
      execution.setVariable(
          AnnualReviewVariables.REPORT_CSV_URL, YearPageController.csvPath(networkId, schoolYear));
    };
  }

  private static Period period(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    try {
      Period period = Period.parse(String.valueOf(value));
      if (period.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO period such as P21D, not " + value, e);
    }
  }

  /**
   * {@code Task_RecordFeedbackReminder}: the open feedback tasks move up in Tasklist (input
   * parameter {@code reminderTaskPriority}); how many were still open is kept in {@code
   * feedbackReminderPendingCount}.
   */
  @Bean
  public JavaDelegate recordFeedbackReminderDelegate() {
    return execution -> {
      int priority =
          ((Number) execution.getVariable(AnnualReviewVariables.REMINDER_TASK_PRIORITY)).intValue();
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      var open =
          tasks
              .createTaskQuery()
              .processInstanceId(execution.getProcessInstanceId())
              .taskDefinitionKey("Task_GiveFeedback")
              .list();
      open.forEach(task -> tasks.setPriority(task.getId(), priority));
      execution.setVariable(
          AnnualReviewVariables.Internal.FEEDBACK_REMINDER_PENDING_COUNT, open.size());
    };
  }

  /**
   * {@code Task_GiveFeedback}: stored in the database, then removed from the engine (private
   * answers).
   */
  @Bean
  public TaskListener feedbackListener() {
    return task -> {
      String member = (String) task.getVariable(AnnualReviewVariables.PARTICIPANT);
      reviews.giveFeedback(reviewId(task), member, privateVariables.input(task));
      privateVariables.discard(task);
    };
  }

  /**
   * {@code Task_CompileIndicators}: thresholds from the input parameters {@code
   * groupedTrainingMinPeople} and {@code reviewMinGroupSize}; the tables and next year's suggested
   * settings for the meeting form.
   */
  @Bean
  public JavaDelegate compileIndicatorsDelegate() {
    return execution -> {
      Long reviewId = reviewId(execution);
      int minPeople =
          ((Number) execution.getVariable(AnnualReviewVariables.GROUPED_TRAINING_MIN_PEOPLE))
              .intValue();
      int minGroupSize =
          ((Number) execution.getVariable(AnnualReviewVariables.REVIEW_MIN_GROUP_SIZE)).intValue();
      YearIndicators year = reviews.compile(reviewId, minPeople, minGroupSize);
      AnnualReview review = reviews.require(reviewId);
      YearIndicators before =
          indicators.previous(review.getNetworkId(), review.getSchoolYear()).orElse(null);
      List<Map<String, String>> figures = new ArrayList<>();
      for (YearIndicators.Figure figure : year.keyFigures(before)) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("label", figure.label());
        row.put("value", YearIndicators.format(figure.value()));
        row.put("previous", before == null ? "—" : YearIndicators.format(figure.previous()));
        figures.add(row);
      }
      execution.setVariable(AnnualReviewVariables.REVIEW_KEY_FIGURES, JsonVariables.of(figures));
      execution.setVariable(AnnualReviewVariables.REVIEW_NEEDS, JsonVariables.of(year.needs()));
      execution.setVariable(
          AnnualReviewVariables.REVIEW_TRAINING_NEEDS, JsonVariables.of(year.trainingNeeds()));
      execution.setVariable(
          AnnualReviewVariables.REVIEW_GROUPED_TRAININGS,
          JsonVariables.of(year.groupedTrainings()));
      execution.setVariable(
          AnnualReviewVariables.FEEDBACK_TEXTS, JsonVariables.of(reviews.feedbackTexts(reviewId)));
      String nextYear = YearIndicatorsService.nextYear(review.getSchoolYear());
      execution.setVariable(AnnualReviewVariables.NEXT_SCHOOL_YEAR, nextYear);
      reviews.campaign(review).ifPresent(c -> suggestNextDates(execution, c));
    };
  }

  private static void suggestNextDates(DelegateExecution execution, Campaign campaign) {
    execution.setVariable(
        AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE,
        campaign.getVolunteeringDeadline().plusYears(1).toString());
    execution.setVariable(
        AnnualReviewVariables.NEXT_VISIT_WINDOW_START,
        campaign.getVisitWindowStart().plusYears(1).toString());
    execution.setVariable(
        AnnualReviewVariables.NEXT_VISIT_WINDOW_END,
        campaign.getVisitWindowEnd().plusYears(1).toString());
  }

  /** {@code Task_HoldNetworkMeeting}: the meeting's decisions, checked and stored. */
  @Bean
  public TaskListener networkMeetingListener() {
    return task -> {
      NetworkMeeting meeting = reviews.holdMeeting(reviewId(task), FormInput.of(task));
      task.setVariable(AnnualReviewVariables.START_NEXT_CAMPAIGN, meeting.isStartNextCampaign());
    };
  }

  /** {@code Task_ProduceReport}: the report of the year, stored. */
  @Bean
  public JavaDelegate produceReportDelegate() {
    return execution ->
        execution.setVariable(
            AnnualReviewVariables.Internal.REPORT_ID,
            reviews.produceReport(reviewId(execution)).getId());
  }

  /**
   * {@code Task_StartNextCampaign}: next year's {@code cdi-tour} in the same network, with the
   * settings decided.
   */
  @Bean
  public JavaDelegate startNextCampaignDelegate() {
    return execution -> {
      Long reviewId = reviewId(execution);
      NetworkMeeting meeting = reviews.meeting(reviewId);
      String networkId = (String) execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      ProcessInstance next =
          runtime
              .createProcessInstanceByKey("cdi-tour")
              .processDefinitionTenantId(networkId)
              .setVariable(AnnualReviewVariables.SCHOOL_YEAR, meeting.getNextSchoolYear())
              .setVariable(AnnualReviewVariables.Internal.NETWORK_ID, networkId)
              .setVariable(
                  CdiTourVariables.VOLUNTEERING_DEADLINE,
                  meeting.getNextVolunteeringDeadline().toString())
              .setVariable(
                  CdiTourVariables.VISIT_WINDOW_START, meeting.getNextVisitWindowStart().toString())
              .setVariable(
                  CdiTourVariables.VISIT_WINDOW_END, meeting.getNextVisitWindowEnd().toString())
              .execute();
      reviews.nextCampaignStarted(reviewId, next.getId());
      execution.setVariable(
          AnnualReviewVariables.Internal.NEXT_CAMPAIGN_PROCESS_INSTANCE_ID, next.getId());
    };
  }

  /**
   * The message end event of {@code cdi-tour}: starts the year's {@code annual-review} in the same
   * network through its start message {@code Message_CampaignEnded}, unless the end event's input
   * parameter {@code annualReviewOnCampaignEnd} is false or the review was already opened by hand.
   */
  @Bean
  public JavaDelegate campaignEndedDelegate() {
    return execution -> {
      Object enabled = execution.getVariable(CdiTourVariables.ANNUAL_REVIEW_ON_CAMPAIGN_END);
      String networkId = (String) execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
      String schoolYear = (String) execution.getVariable(AnnualReviewVariables.SCHOOL_YEAR);
      if (Boolean.FALSE.equals(enabled) || reviews.exists(networkId, schoolYear)) {
        LOG.info(
            "Campaign {} {} ended; annual review not started here ({})",
            networkId,
            schoolYear,
            Boolean.FALSE.equals(enabled) ? "switched off" : "already open");
        return;
      }
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      system.run(
          () ->
              runtime
                  .createMessageCorrelation(CAMPAIGN_ENDED_MESSAGE)
                  .tenantId(execution.getTenantId())
                  .setVariable(AnnualReviewVariables.SCHOOL_YEAR, schoolYear)
                  .setVariable(AnnualReviewVariables.Internal.NETWORK_ID, networkId)
                  .correlateStartMessage());
    };
  }

  private static Long reviewId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(AnnualReviewVariables.Internal.REVIEW_ID)).longValue();
  }
}
