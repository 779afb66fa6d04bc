package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.NetworkMembership;
import fr.reseau.ecoles.network.NetworkMembershipRepository;
import fr.reseau.ecoles.network.NetworkRepository;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a parsed roster into a network: first every check against the database (establishments
 * and user ids of other networks, new establishments described enough, who an email designates),
 * then, only if the file has no mistake at all, every write, in one transaction. JPA and the engine
 * share the datasource and Spring's transaction manager, so the Camunda users, groups and tenant
 * memberships written through {@link NetworkAccounts} are committed or rolled back with the
 * entities. Running the same file twice changes nothing the second time.
 *
 * <p>A person already member of another network (their home network) becomes a member of this one
 * too ({@link NetworkMembership}, with this file's establishment); their name and address stay
 * those of their home network's roster.
 */
@Service
public class RosterImportService {

  private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final RosterChecks checks;
  private final NetworkZoneRepository zones;
  private final NetworkDirectory directory;
  private final NetworkMembershipRepository memberships;

  public RosterImportService(
      NetworkRepository networks,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkAccounts accounts,
      RosterChecks checks,
      NetworkZoneRepository zones,
      NetworkDirectory directory,
      NetworkMembershipRepository memberships) {
    this.zones = zones;
    this.networks = networks;
    this.establishments = establishments;
    this.members = members;
    this.accounts = accounts;
    this.checks = checks;
    this.directory = directory;
    this.memberships = memberships;
  }

  /**
   * Imports the roster into the network, or throws {@link RosterRejectedException} listing every
   * mistake (the file's and those found against the database) with nothing written.
   */
  @Transactional
  public RosterReport importRoster(String networkId, RosterFile file) {
    // Locked first: two imports into one network run one after the other, each checking what the
    // other wrote.
    Network network =
        networks
            .findLockedById(networkId)
            .orElseThrow(() -> new NoSuchElementException("Unknown network " + networkId));
    List<RosterError> errors = new ArrayList<>(file.errors());

    Map<String, Establishment> knownEstablishments =
        byKey(
            establishments.findAllById(
                file.establishments().stream().map(RosterEstablishment::code).toList()),
            Establishment::getCode);
    checks.checkEstablishments(networkId, file, knownEstablishments, errors);
    RosterZones networkZones =
        new RosterZones(networkId, zones.findByNetworkIdOrderByName(networkId));
    networkZones.check(file, errors);

    // Home members and members of several networks alike.
    List<Member> networkMembers = directory.membersOf(networkId);
    List<ResolvedMember> resolved = checks.resolveUserIds(file.rows(), networkMembers, errors);
    List<String> userIds = resolved.stream().map(ResolvedMember::userId).toList();
    // Locked: the roster of another network naming the same people waits (their groups are computed
    // from every network's role).
    Map<String, Member> knownMembers =
        byKey(
            userIds.isEmpty() ? List.of() : members.findLockedByUserIdInOrderByUserId(userIds),
            Member::getUserId);
    checks.checkUserIds(networkId, resolved, knownMembers, networkMembers, errors);

    if (!errors.isEmpty()) {
      throw new RosterRejectedException(errors);
    }
    RosterReport report =
        apply(
            network,
            file,
            resolved,
            knownEstablishments,
            knownMembers,
            networkMembers,
            networkZones);
    LOG.info(
        "Roster imported into network {}: establishments {}, members {}, {} member(s) not in the file",
        networkId,
        report.establishments(),
        report.members(),
        report.membersNotInFile().size());
    return report;
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private RosterReport apply(
      Network network,
      RosterFile file,
      List<ResolvedMember> resolved,
      Map<String, Establishment> knownEstablishments,
      Map<String, Member> knownMembers,
      List<Member> networkMembers,
      RosterZones networkZones) {
    String networkId = network.getId();
    accounts.ensureRoleGroups();
    accounts.ensureTenant(network);
    List<String> zonesCreated = networkZones.createMissing(zones);

    Map<String, String> principals = new HashMap<>();
    Map<String, RosterRow> rowsByUserId = new HashMap<>();
    for (ResolvedMember r : resolved) {
      rowsByUserId.put(r.userId(), r.row());
      if (r.row().role() == MemberRole.PRINCIPAL) {
        principals.put(r.row().establishmentCode(), r.userId());
      }
    }

    RosterReport.Tally establishmentTally = new RosterReport.Tally();
    Map<String, Boolean> changedByCode = new LinkedHashMap<>();
    for (RosterEstablishment given : file.establishments()) {
      Establishment existing = knownEstablishments.get(given.code());
      if (existing == null) {
        Establishment created =
            new Establishment(
                given.code(),
                given.name(),
                given.kind(),
                given.town(),
                given.department(),
                given.zone(),
                given.latitude(),
                given.longitude(),
                networkId,
                principals.get(given.code()));
        created.assignZone(networkZones.zoneCode(given, null));
        establishments.save(created);
        establishmentTally.created();
      } else if (updateEstablishment(
          existing,
          given,
          principals.getOrDefault(given.code(), existing.getPrincipalUserId()),
          networkZones.zoneCode(given, existing.getZoneCode()))) {
        establishmentTally.updated();
        changedByCode.put(given.code(), true);
      } else {
        establishmentTally.unchanged();
        changedByCode.put(given.code(), false);
      }
    }
    // A head the file now gives another role or establishment no longer signs this one's mission
    // orders.
    for (Establishment establishment : establishments.findByNetworkIdOrderByCode(networkId)) {
      RosterRow formerPrincipal =
          establishment.getPrincipalUserId() == null
              ? null
              : rowsByUserId.get(establishment.getPrincipalUserId());
      if (formerPrincipal != null
          && !principals.containsKey(establishment.getCode())
          && (formerPrincipal.role() != MemberRole.PRINCIPAL
              || !formerPrincipal.establishmentCode().equals(establishment.getCode()))) {
        establishment.update(
            establishment.getName(),
            establishment.getKind(),
            establishment.getTown(),
            establishment.getDepartment(),
            establishment.getHolidayZone(),
            establishment.getLatitude(),
            establishment.getLongitude(),
            networkId,
            null);
        Boolean changed = changedByCode.get(establishment.getCode());
        if (changed == null) {
          establishmentTally.updated();
        } else if (!changed) {
          establishmentTally.unchangedBecameUpdated();
        }
      }
    }

    RosterReport.Tally memberTally = new RosterReport.Tally();
    for (ResolvedMember r : resolved) {
      RosterRow row = r.row();
      Member member = knownMembers.get(r.userId());
      if (member == null) {
        member =
            members.save(
                new Member(
                    r.userId(),
                    row.firstName(),
                    row.lastName(),
                    row.email(),
                    row.role(),
                    row.establishmentCode(),
                    networkId));
        member.setDegree(row.degree());
        accounts.ensureAccount(member, null);
        memberTally.created();
        continue;
      }
      if (!member.getNetworkId().equals(networkId)) {
        // A member of another network: their membership of this one, with this file's
        // establishment.
        furtherMembership(member, row, networkId, memberTally);
        continue;
      }
      boolean changed =
          !Objects.equals(member.getFirstName(), row.firstName())
              || !Objects.equals(member.getLastName(), row.lastName())
              || !Objects.equals(member.getEmail(), row.email())
              || member.getRole() != row.role()
              || !Objects.equals(member.getEstablishmentCode(), row.establishmentCode())
              || degreeChanges(member, row);
      if (changed) {
        member.update(
            row.firstName(),
            row.lastName(),
            row.email(),
            row.role(),
            row.establishmentCode(),
            networkId);
        member.setDegree(row.role() == MemberRole.INSPECTOR ? degree(member, row) : null);
      }
      // Roster users get no password: an administrator sets one, or the installation's LDAP/SSO
      // knows them.
      boolean accountChanged = accounts.ensureAccount(member, null);
      if (changed || accountChanged) {
        memberTally.updated();
      } else {
        memberTally.unchanged();
      }
    }

    List<String> notInFile =
        networkMembers.stream()
            .map(Member::getUserId)
            .filter(id -> !rowsByUserId.containsKey(id))
            .sorted()
            .toList();
    String encoding = file.encoding() == null ? UploadedText.UTF_8 : file.encoding();
    return new RosterReport(
        networkId,
        establishmentTally.counts(),
        memberTally.counts(),
        notInFile,
        file.ignoredColumns(),
        encoding,
        UploadedText.note(encoding),
        zonesCreated);
  }

  /**
   * An inspector's degree after the line: the line's, or the stored one when the cell is empty (as
   * an establishment's empty cell keeps its value, so a file without the column loses nothing).
   */
  private static SchoolDegree degree(Member member, RosterRow row) {
    return row.degree() != null ? row.degree() : member.getDegree();
  }

  private static boolean degreeChanges(Member member, RosterRow row) {
    SchoolDegree after = row.role() == MemberRole.INSPECTOR ? degree(member, row) : null;
    return member.getDegree() != after;
  }

  /**
   * The person's membership of this network, besides their home one: created or updated from the
   * line (role and establishment; name and address stay their home roster's).
   */
  private void furtherMembership(
      Member member, RosterRow row, String networkId, RosterReport.Tally tally) {
    NetworkMembership membership =
        memberships.findByUserIdAndNetworkId(member.getUserId(), networkId).orElse(null);
    boolean changed = false;
    if (membership == null) {
      memberships.save(
          new NetworkMembership(
              member.getUserId(), networkId, row.role(), row.establishmentCode()));
    } else if (membership.getRole() != row.role()
        || !Objects.equals(membership.getEstablishmentCode(), row.establishmentCode())) {
      membership.update(row.role(), row.establishmentCode());
      changed = true;
    }
    boolean accountChanged = accounts.ensureAccount(member, null);
    if (membership == null) {
      tally.created();
    } else if (changed || accountChanged) {
      tally.updated();
    } else {
      tally.unchanged();
    }
  }

  /** Applies what the file gives, keeping what it leaves out; returns whether anything changed. */
  private static boolean updateEstablishment(
      Establishment existing, RosterEstablishment given, String principal, String zoneCode) {
    String name = given.name() != null ? given.name() : existing.getName();
    var kind = given.kind() != null ? given.kind() : existing.getKind();
    String town = given.town() != null ? given.town() : existing.getTown();
    String department = given.department() != null ? given.department() : existing.getDepartment();
    String zone = given.zone() != null ? given.zone() : existing.getHolidayZone();
    double latitude = given.latitude() != null ? given.latitude() : existing.getLatitude();
    double longitude = given.longitude() != null ? given.longitude() : existing.getLongitude();
    boolean changed =
        !name.equals(existing.getName())
            || kind != existing.getKind()
            || !town.equals(existing.getTown())
            || !Objects.equals(department, existing.getDepartment())
            || !zone.equals(existing.getHolidayZone())
            || latitude != existing.getLatitude()
            || longitude != existing.getLongitude()
            || !Objects.equals(principal, existing.getPrincipalUserId())
            || !Objects.equals(zoneCode, existing.getZoneCode());
    if (changed) {
      existing.update(
          name,
          kind,
          town,
          department,
          zone,
          latitude,
          longitude,
          existing.getNetworkId(),
          principal);
      existing.assignZone(zoneCode);
    }
    return changed;
  }
}
