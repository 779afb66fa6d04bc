package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkRepository;
import fr.reseau.ecoles.network.ReservedIds;
import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
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
 */
@Service
public class RosterImportService {

  private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final IdentityService identity;
  private final SystemAccess system;
  private final Pattern userIdPattern;

  public RosterImportService(
      NetworkRepository networks,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkAccounts accounts,
      IdentityService identity,
      SystemAccess system,
      ProcessEngine engine) {
    this.networks = networks;
    this.establishments = establishments;
    this.members = members;
    this.accounts = accounts;
    this.identity = identity;
    this.system = system;
    this.userIdPattern = userIdPattern(engine.getProcessEngineConfiguration());
  }

  /**
   * The engine's own rule for user ids, so a refused id is a line of the report, not an engine
   * error.
   */
  private static Pattern userIdPattern(ProcessEngineConfiguration configuration) {
    String pattern = configuration.getUserResourceWhitelistPattern();
    if (pattern == null || pattern.isEmpty()) {
      pattern = configuration.getGeneralResourceWhitelistPattern();
    }
    return pattern == null || pattern.isEmpty() ? null : Pattern.compile(pattern);
  }

  /** A member line with the user id it designates. */
  private record Resolved(RosterRow row, String userId) {}

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
            .lockById(networkId)
            .orElseThrow(() -> new NoSuchElementException("Unknown network " + networkId));
    List<RosterError> errors = new ArrayList<>(file.errors());

    Map<String, Establishment> knownEstablishments =
        byKey(
            establishments.findAllById(
                file.establishments().stream().map(RosterEstablishment::code).toList()),
            Establishment::getCode);
    checkEstablishments(networkId, file, knownEstablishments, errors);

    List<Member> networkMembers = members.findByNetworkIdOrderByUserId(networkId);
    List<Resolved> resolved = resolveUserIds(file.rows(), networkMembers, errors);
    Map<String, Member> knownMembers =
        byKey(
            members.findAllById(resolved.stream().map(Resolved::userId).toList()),
            Member::getUserId);
    checkUserIds(networkId, resolved, knownMembers, networkMembers, errors);

    if (!errors.isEmpty()) {
      throw new RosterRejectedException(errors);
    }
    RosterReport report =
        apply(network, file, resolved, knownEstablishments, knownMembers, networkMembers);
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

  private static void checkEstablishments(
      String networkId,
      RosterFile file,
      Map<String, Establishment> known,
      List<RosterError> errors) {
    for (RosterEstablishment given : file.establishments()) {
      Establishment existing = known.get(given.code());
      if (existing != null && !existing.getNetworkId().equals(networkId)) {
        errors.add(
            RosterError.at(
                given.line(),
                RosterColumn.ESTABLISHMENT_CODE.header(),
                "l'établissement "
                    + given.code()
                    + " appartient à un autre réseau ; vérifiez le code UAI."));
      } else if (existing == null && !given.hadErrors() && !given.missingForCreation().isEmpty()) {
        List<String> missing = given.missingForCreation();
        errors.add(
            RosterError.at(
                given.line(),
                missing.get(0),
                "établissement "
                    + given.code()
                    + " inconnu ; pour le créer, indiquez sur une de ses lignes : "
                    + String.join(", ", missing)
                    + "."));
      }
    }
  }

  /**
   * The user id of each line: the {@code identifiant} column when given; else the member of the
   * network who has that email (so a file without identifiers updates existing members instead of
   * duplicating them); else the email in lower case.
   */
  private List<Resolved> resolveUserIds(
      List<RosterRow> rows, List<Member> networkMembers, List<RosterError> errors) {
    Map<String, List<Member>> byEmail = new HashMap<>();
    for (Member member : networkMembers) {
      if (member.getEmail() != null) {
        byEmail
            .computeIfAbsent(member.getEmail().toLowerCase(Locale.ROOT), e -> new ArrayList<>())
            .add(member);
      }
    }
    List<Resolved> resolved = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (RosterRow row : rows) {
      String userId = row.userId();
      RosterColumn column = RosterColumn.USER_ID;
      if (userId == null) {
        column = RosterColumn.EMAIL;
        List<Member> sameEmail =
            byEmail.getOrDefault(row.email().toLowerCase(Locale.ROOT), List.of());
        if (sameEmail.size() > 1) {
          errors.add(
              RosterError.at(
                  row.line(),
                  column.header(),
                  "plusieurs membres du réseau ont l'adresse « "
                      + row.email()
                      + " » ("
                      + sameEmail.stream().map(Member::getUserId).collect(Collectors.joining(", "))
                      + ") ; indiquez lequel dans la colonne identifiant."));
          continue;
        }
        userId =
            sameEmail.isEmpty()
                ? row.email().toLowerCase(Locale.ROOT)
                : sameEmail.get(0).getUserId();
        if (!validUserId(userId)) {
          errors.add(
              RosterError.at(
                  row.line(),
                  column.header(),
                  "l'adresse « "
                      + row.email()
                      + " » ne peut pas servir d'identifiant Camunda ("
                      + userIdRule()
                      + ") ; ajoutez une colonne identifiant."));
          continue;
        }
      } else if (!validUserId(userId)) {
        errors.add(
            RosterError.at(
                row.line(),
                column.header(),
                "identifiant « " + userId + " » refusé par Camunda (" + userIdRule() + ")."));
        continue;
      }
      if (ReservedIds.isReservedUserId(userId)) {
        errors.add(
            RosterError.at(
                row.line(),
                column.header(),
                "l'identifiant « "
                    + userId
                    + " » est réservé à un compte "
                    + "ou un groupe intégré de l'application ; choisissez-en un autre (par exemple prenom.nom)."));
        continue;
      }
      Integer other = lines.putIfAbsent(userId, row.line());
      if (other != null) {
        errors.add(
            RosterError.at(
                row.line(),
                column.header(),
                "cette ligne désigne le même membre (« "
                    + userId
                    + " ») que la ligne "
                    + other
                    + " ; chaque personne ne doit apparaître qu'une fois."));
        continue;
      }
      resolved.add(new Resolved(row, userId));
    }
    return resolved;
  }

  private boolean validUserId(String userId) {
    return userId.length() <= RosterCsvParser.MAX_USER_ID
        && (userIdPattern == null || userIdPattern.matcher(userId).matches());
  }

  private static String userIdRule() {
    return "lettres sans accent, chiffres, « . », « _ », « - » et « @ », "
        + RosterCsvParser.MAX_USER_ID
        + " caractères au plus";
  }

  /**
   * A user id must not be taken by a member of another network, nor by a Camunda account that is
   * not a member here (an administrator, someone of another tenant): the import would rename it and
   * move it into this network. A Camunda account with no member and no other tenant is taken over
   * (e.g. created beforehand in Camunda Admin); it keeps its password.
   */
  private void checkUserIds(
      String networkId,
      List<Resolved> resolved,
      Map<String, Member> knownMembers,
      List<Member> networkMembers,
      List<RosterError> errors) {
    Map<String, Resolved> inFile = new HashMap<>();
    resolved.forEach(r -> inFile.put(r.userId(), r));
    Map<String, Member> otherHolders = new HashMap<>();
    for (Member member : networkMembers) {
      if (member.getEmail() != null && !inFile.containsKey(member.getUserId())) {
        otherHolders.put(member.getEmail().toLowerCase(Locale.ROOT), member);
      }
    }
    for (Resolved r : resolved) {
      RosterRow row = r.row();
      Member member = knownMembers.get(r.userId());
      String takenBy = null;
      if (member != null && !member.getNetworkId().equals(networkId)) {
        takenBy = "un membre d'un autre réseau";
      } else if (member == null) {
        takenBy = system.call(() -> foreignAccount(r.userId(), networkId));
      }
      if (takenBy != null && row.userId() != null) {
        errors.add(
            RosterError.at(
                row.line(),
                RosterColumn.USER_ID.header(),
                "l'identifiant « "
                    + r.userId()
                    + " » est déjà pris par "
                    + takenBy
                    + " ; choisissez-en un autre."));
      } else if (takenBy != null) {
        errors.add(
            RosterError.at(
                row.line(),
                RosterColumn.EMAIL.header(),
                "l'identifiant tiré de cette adresse (« "
                    + r.userId()
                    + " ») est déjà pris par "
                    + takenBy
                    + " ; indiquez un autre identifiant dans une colonne "
                    + "identifiant."));
      }
      Member holder = otherHolders.get(row.email().toLowerCase(Locale.ROOT));
      if (holder != null) {
        errors.add(
            RosterError.at(
                row.line(),
                RosterColumn.EMAIL.header(),
                "l'adresse « "
                    + row.email()
                    + " » est déjà celle de « "
                    + holder.getUserId()
                    + " », membre du réseau ; corrigez l'adresse ou "
                    + "l'identifiant."));
      }
    }
  }

  /** Why an existing Camunda account without a member may not be taken over, or null. */
  private String foreignAccount(String userId, String networkId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      return null;
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
      return "un compte d'administration Camunda";
    }
    for (Tenant tenant : identity.createTenantQuery().userMember(userId).list()) {
      if (!tenant.getId().equals(networkId)) {
        return "un compte Camunda d'un autre réseau";
      }
    }
    return null;
  }

  private RosterReport apply(
      Network network,
      RosterFile file,
      List<Resolved> resolved,
      Map<String, Establishment> knownEstablishments,
      Map<String, Member> knownMembers,
      List<Member> networkMembers) {
    String networkId = network.getId();
    accounts.ensureRoleGroups();
    accounts.ensureTenant(network);

    Map<String, String> principals = new HashMap<>();
    Map<String, RosterRow> rowsByUserId = new HashMap<>();
    for (Resolved r : resolved) {
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
        establishments.save(
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
                principals.get(given.code())));
        establishmentTally.created();
      } else if (updateEstablishment(
          existing, given, principals.getOrDefault(given.code(), existing.getPrincipalUserId()))) {
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
    for (Resolved r : resolved) {
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
        accounts.ensureAccount(member, null);
        memberTally.created();
        continue;
      }
      boolean changed =
          !Objects.equals(member.getFirstName(), row.firstName())
              || !Objects.equals(member.getLastName(), row.lastName())
              || !Objects.equals(member.getEmail(), row.email())
              || member.getRole() != row.role()
              || !Objects.equals(member.getEstablishmentCode(), row.establishmentCode());
      if (changed) {
        member.update(
            row.firstName(),
            row.lastName(),
            row.email(),
            row.role(),
            row.establishmentCode(),
            networkId);
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
        UploadedText.note(encoding));
  }

  /** Applies what the file gives, keeping what it leaves out; returns whether anything changed. */
  private static boolean updateEstablishment(
      Establishment existing, RosterEstablishment given, String principal) {
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
            || !Objects.equals(principal, existing.getPrincipalUserId());
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
    }
    return changed;
  }
}
