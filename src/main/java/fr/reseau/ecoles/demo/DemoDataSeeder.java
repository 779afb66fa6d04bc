package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkService;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import java.util.List;
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
 * tenant and deployment, establishments, members and their Camunda users (password {@code demo}).
 * Idempotent: what exists is updated or left alone, never duplicated.
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
  private final NetworkZoneRepository zones;
  private final DemoZonePilots zonePilots;

  public DemoDataSeeder(
      NetworkService networkService,
      NetworkAccounts accounts,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkZoneRepository zones,
      DemoZonePilots zonePilots) {
    this.networkService = networkService;
    this.accounts = accounts;
    this.establishments = establishments;
    this.members = members;
    this.zones = zones;
    this.zonePilots = zonePilots;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (DemoNetwork network : DemoNetwork.ALL) {
      seed(network);
      LOG.info(
          "Demo network '{}' ready: {} establishments, {} people (demo password)",
          network.id(),
          network.schools().size(),
          network.people().size());
    }
    // The réseau Sainte Victoire's zone trios, once its zones and inspectors are there.
    zonePilots.seed();
  }

  private void seed(DemoNetwork network) {
    networkService.ensureNetwork(network.id(), network.name(), network.academy());
    for (DemoNetwork.School s : network.schools()) {
      establishments
          .findById(s.code())
          .ifPresentOrElse(
              e ->
                  e.update(
                      s.name(),
                      s.kind(),
                      s.town(),
                      s.department(),
                      s.zone(),
                      s.latitude(),
                      s.longitude(),
                      network.id(),
                      s.principalUserId()),
              () ->
                  establishments.save(
                      new Establishment(
                          s.code(),
                          s.name(),
                          s.kind(),
                          s.town(),
                          s.department(),
                          s.zone(),
                          s.latitude(),
                          s.longitude(),
                          network.id(),
                          s.principalUserId())));
    }
    seedZones(network.id(), DemoNetwork.ZONES.getOrDefault(network.id(), List.of()));
    for (DemoNetwork.Person p : network.people()) {
      Member member = members.findById(p.userId()).orElse(null);
      if (member == null) {
        member =
            members.save(
                new Member(
                    p.userId(),
                    p.firstName(),
                    p.lastName(),
                    p.email(),
                    p.role(),
                    p.establishmentCode(),
                    network.id()));
      } else {
        member.update(
            p.firstName(), p.lastName(), p.email(), p.role(), p.establishmentCode(), network.id());
      }
      member.setDegree(DemoNetwork.INSPECTOR_DEGREES.get(p.userId()));
      accounts.ensureAccount(member, DEMO_PASSWORD);
    }
  }

  /** The network's zones (issue 19) and the zone of each of their establishments. */
  private void seedZones(String networkId, List<DemoNetwork.Zone> demoZones) {
    for (DemoNetwork.Zone z : demoZones) {
      zones
          .findByNetworkIdAndCode(networkId, z.code())
          .ifPresentOrElse(
              existing -> existing.rename(z.name()),
              () -> zones.save(new NetworkZone(networkId, z.code(), z.name())));
      for (String code : z.establishmentCodes()) {
        establishments.findById(code).ifPresent(e -> e.assignZone(z.code()));
      }
    }
  }
}
