package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.deployment.ProcessResourceDeployer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates a network with everything it needs in the engine: its Camunda tenant and its
 * own deployment of the processes and forms.
 */
@Service
public class NetworkService {

  private final NetworkRepository networks;
  private final NetworkAccounts accounts;
  private final ProcessResourceDeployer deployer;
  private final SystemAccess system;

  public NetworkService(
      NetworkRepository networks,
      NetworkAccounts accounts,
      ProcessResourceDeployer deployer,
      SystemAccess system) {
    this.networks = networks;
    this.accounts = accounts;
    this.deployer = deployer;
    this.system = system;
  }

  /**
   * A new network is deployed here; an existing one already was, at start-up ({@link
   * fr.reseau.ecoles.network.DeploymentConfig}), which is when processes/ can change.
   */
  @Transactional
  public Network ensureNetwork(String id, String name, String academy) {
    return ensureNetwork(id, name, academy, null);
  }

  /**
   * As {@link #ensureNetwork(String, String, String)}, also setting the network's school-holiday
   * zone when {@code holidayZone} is given.
   */
  @Transactional
  public Network ensureNetwork(String id, String name, String academy, String holidayZone) {
    Network network = networks.findById(id).orElse(null);
    boolean created = network == null;
    if (created) {
      network = networks.save(new Network(id, name, academy));
    } else {
      network.update(name, academy);
    }
    if (holidayZone != null) {
      network.setHolidayZone(holidayZone);
    }
    accounts.ensureRoleGroups();
    accounts.ensureTenant(network);
    if (created) {
      system.run(() -> deployer.deploy(id));
    }
    return network;
  }
}
