package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.retention.PersonalContentPurgeService.Report;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PurgePersonalContent} of {@code data-retention}: the retention period is the task's
 * input parameter {@code retentionMonthsAfterSchoolYear}. A process deployed for a network (Camunda
 * tenant = network id) purges that network; deployed without a tenant, every network.
 */
@Component
public class PurgePersonalContentDelegate implements JavaDelegate {

  static final String RETENTION_MONTHS = DataRetentionVariables.RETENTION_MONTHS_AFTER_SCHOOL_YEAR;

  private final PersonalContentPurgeService purge;

  public PurgePersonalContentDelegate(PersonalContentPurgeService purge) {
    this.purge = purge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Report report =
        purge.purge(
            execution.getTenantId(),
            RetentionPeriod.months(execution.getVariable(RETENTION_MONTHS)));
    // Network ids and school years only: this history holds nothing personal.
    execution.setVariable(
        DataRetentionVariables.Internal.PURGED_CAMPAIGNS,
        JsonVariables.of(
            report.campaigns().stream().map(c -> c.networkId() + " " + c.schoolYear()).toList()));
    execution.setVariable(
        DataRetentionVariables.Internal.PURGED_STANDALONE_VISITS, report.standaloneVisits());
    execution.setVariable(
        DataRetentionVariables.Internal.PURGED_WORKSHOP_DAYS, report.workshopDays());
    execution.setVariable(
        DataRetentionVariables.Internal.EXPIRED_CAMPAIGNS_STILL_RUNNING,
        report.stillRunningCampaignIds().size());
  }
}
