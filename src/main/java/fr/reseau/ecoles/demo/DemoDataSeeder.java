package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo networks on start (profile {@code demo}, on by default): each network with its
 * tenant and deployment, establishments, members and their Camunda users (password {@code demo}),
 * and the Tasklist filters. Idempotent: what exists is updated or left alone, never duplicated.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoDataSeeder implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final NetworkService networkService;
  private final NetworkAccounts accounts;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final FilterService filters;
  private final TaskService tasks;

  public DemoDataSeeder(NetworkService networkService, NetworkAccounts accounts, EstablishmentRepository establishments,
      MemberRepository members, FilterService filters, TaskService tasks) {
    this.networkService = networkService;
    this.accounts = accounts;
    this.establishments = establishments;
    this.members = members;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (DemoNetwork network : DemoNetwork.ALL) {
      seed(network);
      LOG.info("Demo network '{}' ready: {} establishments, {} people (demo password)", network.id(),
          network.schools().size(), network.people().size());
    }
    seedFilters();
  }

  private void seed(DemoNetwork network) {
    networkService.ensureNetwork(network.id(), network.name(), network.academy());
    for (DemoNetwork.School s : network.schools()) {
      establishments.findById(s.code()).ifPresentOrElse(
          e -> e.update(s.name(), s.kind(), s.town(), s.department(), s.zone(), s.latitude(), s.longitude(),
              network.id(), s.principalUserId()),
          () -> establishments.save(new Establishment(s.code(), s.name(), s.kind(), s.town(), s.department(), s.zone(),
              s.latitude(), s.longitude(), network.id(), s.principalUserId())));
    }
    for (DemoNetwork.Person p : network.people()) {
      Member member = members.findById(p.userId()).orElse(null);
      if (member == null) {
        member = members.save(new Member(p.userId(), p.firstName(), p.lastName(), p.email(), p.role(),
            p.establishmentCode(), network.id()));
      } else {
        member.update(p.firstName(), p.lastName(), p.email(), p.role(), p.establishmentCode(), network.id());
      }
      accounts.ensureAccount(member, DEMO_PASSWORD);
    }
  }

  private void seedFilters() {
    ensureFilter("Mes tâches", -10, "Les tâches qui vous sont attribuées",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter("Tâches de mon groupe", -5, "Les tâches de vos groupes, que l'une ou l'un d'entre vous peut prendre",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        variable("networkName", "Réseau"),
        variable("schoolYear", "Année scolaire"),
        variable("visitorName", "Visiteur·se"),
        variable("hostName", "Accueil"),
        variable("visitDate", "Date de visite")));
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
