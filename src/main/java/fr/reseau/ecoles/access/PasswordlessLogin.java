package fr.reseau.ecoles.access;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.springframework.stereotype.Component;

/**
 * Members imported from a roster have no password until an administrator sets one (or the
 * installation's LDAP/SSO authenticates them). Camunda 7.24 fails with a NullPointerException when
 * such a user tries a password (Tasklist login, HTTP Basic), which the caller sees as a server
 * error; with this plugin it is an ordinary wrong password.
 */
@Component
public class PasswordlessLogin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordManager(
        new PasswordManager(
            configuration.getPasswordEncryptor(), configuration.getCustomPasswordChecker()) {
          @Override
          public boolean check(String password, String encrypted) {
            return encrypted != null && super.check(password, encrypted);
          }
        });
  }
}
