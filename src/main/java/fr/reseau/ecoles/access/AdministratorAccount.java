package fr.reseau.ecoles.access;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every start: the role grants of {@link AccessPolicy}, the {@code camunda-admin} group with all
 * rights, and the administrator account whose password comes from configuration ({@code
 * APP_ADMIN_PASSWORD} in production). A missing, default or weak password stops the start-up,
 * unless the demo profile allows its published demo password. The password is never logged. This
 * runs once every bean exists and before the web server accepts requests, so Admin's "create the
 * first administrator" page is never open on an empty database.
 */
@Component
public class AdministratorAccount implements SmartInitializingSingleton {

  static final int MIN_LENGTH = 12;
  private static final Set<String> DEFAULT_PASSWORDS =
      Set.of(
          "demo",
          "admin",
          "password",
          "motdepasse",
          "changeme",
          "camunda",
          "secret",
          "123456789012");
  private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final String userId;
  private final String password;
  private final boolean demo;
  private final TransactionTemplate transaction;

  public AdministratorAccount(
      IdentityService identity,
      AuthorizationService authorizations,
      @Value("${app.admin.user-id:admin}") String userId,
      @Value("${app.admin.password:}") String password,
      @Value("${app.admin.allow-demo-password:false}") boolean allowDemoPassword,
      PlatformTransactionManager transactionManager) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.userId = userId;
    this.password = password;
    this.demo = allowDemoPassword;
    this.transaction = new TransactionTemplate(transactionManager);
    checkPassword(password, allowDemoPassword);
  }

  /** Refuses an empty, default or short password; the message never repeats the password. */
  static void checkPassword(String password, boolean allowDemoPassword) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No administrator password: set the environment variable APP_ADMIN_PASSWORD "
              + "(property app.admin.password).");
    }
    if (allowDemoPassword) {
      return;
    }
    if (DEFAULT_PASSWORDS.contains(password.toLowerCase()) || password.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "The administrator password (APP_ADMIN_PASSWORD) is a default one or shorter "
              + "than "
              + MIN_LENGTH
              + " characters: choose another one.");
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> apply());
  }

  void apply() {
    int changed = 0;
    for (AccessPolicy.Grant grant : AccessPolicy.administratorGrants()) {
      changed += AccessPolicy.apply(authorizations, grant) ? 1 : 0;
    }
    for (AccessPolicy.Grant grant : AccessPolicy.GRANTS) {
      changed += AccessPolicy.apply(authorizations, grant) ? 1 : 0;
    }
    // The groups of a role in one network follow their global group's grants.
    for (Group group : identity.createGroupQuery().list()) {
      var role = NetworkRoleGroups.scopedRole(group.getId());
      if (role.isPresent()) {
        changed += ScopedRoleGroups.grantRoleRights(authorizations, role.get(), group.getId());
      }
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Administration");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    User admin = identity.createUserQuery().userId(userId).singleResult();
    if (admin == null) {
      admin = identity.newUser(userId);
      admin.setFirstName("Administration");
      admin.setLastName("Réseau");
      admin.setPassword(password);
      identity.saveUser(admin);
      LOG.info("Administrator account '{}' created", userId);
    } else if (!demo && !identity.checkPassword(userId, password)) {
      // Never in the demo profile: a demo start against a real database must not publish its admin.
      admin.setPassword(password);
      identity.saveUser(admin);
      LOG.info("Administrator password of '{}' replaced by the configured one", userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count()
        == 0) {
      identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
    LOG.info("Access policy applied ({} grants added or completed)", changed);
  }
}
