package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.MemberRole;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo network on start (profile {@code demo}, on by default): establishments, members,
 * their Camunda users (password {@code demo}) and groups, the administrator {@code admin}, and the
 * Tasklist filters. Idempotent: what exists is updated or left alone, never duplicated.
 */
@Component
@Profile("demo")
public class DemoDataSeeder implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
  private static final Map<String, String> GROUP_NAMES = Map.of(
      MemberRole.DOCUMENTALISTE.groupId(), "Professeur·es documentalistes",
      MemberRole.COORDINATOR.groupId(), "Coordination des réseaux",
      MemberRole.PRINCIPAL.groupId(), "Chef·fes d'établissement",
      Groups.CAMUNDA_ADMIN, "Administration");

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;

  public DemoDataSeeder(NetworkRepository networks, EstablishmentRepository establishments, MemberRepository members,
      IdentityService identity, FilterService filters, TaskService tasks) {
    this.networks = networks;
    this.establishments = establishments;
    this.members = members;
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    seedNetwork();
    GROUP_NAMES.forEach(this::ensureGroup);
    for (DemoNetwork.Person person : DemoNetwork.PEOPLE) {
      ensureUser(person.userId(), person.firstName(), person.lastName(), person.email());
      ensureMembership(person.userId(), person.role().groupId());
    }
    ensureUser("admin", "Admin", "Réseau", "admin@demo.reseau-ecoles.fr");
    ensureMembership("admin", Groups.CAMUNDA_ADMIN);
    seedFilters();
    LOG.info("Demo network '{}' ready: {} establishments, {} people (password '{}')", DemoNetwork.NETWORK_ID,
        DemoNetwork.SCHOOLS.size(), DemoNetwork.PEOPLE.size(), DEMO_PASSWORD);
  }

  private void seedNetwork() {
    networks.findById(DemoNetwork.NETWORK_ID).ifPresentOrElse(
        n -> n.update(DemoNetwork.NETWORK_NAME, DemoNetwork.ACADEMY),
        () -> networks.save(new Network(DemoNetwork.NETWORK_ID, DemoNetwork.NETWORK_NAME, DemoNetwork.ACADEMY)));
    for (DemoNetwork.School s : DemoNetwork.SCHOOLS) {
      establishments.findById(s.code()).ifPresentOrElse(
          e -> e.update(s.name(), s.kind(), s.town(), s.department(), s.zone(), s.latitude(), s.longitude(),
              DemoNetwork.NETWORK_ID, s.principalUserId()),
          () -> establishments.save(new Establishment(s.code(), s.name(), s.kind(), s.town(), s.department(), s.zone(),
              s.latitude(), s.longitude(), DemoNetwork.NETWORK_ID, s.principalUserId())));
    }
    for (DemoNetwork.Person p : DemoNetwork.PEOPLE) {
      members.findById(p.userId()).ifPresentOrElse(
          m -> m.update(p.firstName(), p.lastName(), p.email(), p.role(), p.establishmentCode(), DemoNetwork.NETWORK_ID),
          () -> members.save(new Member(p.userId(), p.firstName(), p.lastName(), p.email(), p.role(),
              p.establishmentCode(), DemoNetwork.NETWORK_ID)));
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(id.equals(Groups.CAMUNDA_ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String email) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
    }
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
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
