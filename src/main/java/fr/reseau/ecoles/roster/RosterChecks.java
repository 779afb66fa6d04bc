package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.ReservedIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * The checks of a roster against the database before anything is written: establishments of other
 * networks or not described enough to be created, who each line designates, user ids taken by
 * another network or a Camunda account. Every problem becomes a {@link RosterError} of its line.
 */
@Component
class RosterChecks {

  private final IdentityService identity;
  private final SystemAccess system;
  private final Pattern userIdPattern;

  RosterChecks(IdentityService identity, SystemAccess system, ProcessEngine engine) {
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

  void checkEstablishments(
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
  List<ResolvedMember> resolveUserIds(
      List<RosterRow> rows, List<Member> networkMembers, List<RosterError> errors) {
    Map<String, List<Member>> byEmail = new HashMap<>();
    for (Member member : networkMembers) {
      if (member.getEmail() != null) {
        byEmail
            .computeIfAbsent(member.getEmail().toLowerCase(Locale.ROOT), e -> new ArrayList<>())
            .add(member);
      }
    }
    List<ResolvedMember> resolved = new ArrayList<>();
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
      resolved.add(new ResolvedMember(row, userId));
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
   * A user id must not be taken by a Camunda account that is not a member here (an administrator,
   * someone of another tenant who is no member): the import would rename it and move it into this
   * network. A Camunda account with no member and no other tenant is taken over (e.g. created
   * beforehand in Camunda Admin); it keeps its password.
   *
   * <p>A person of another network may be listed too (members of several networks, docs/roster.md):
   * the line must give the address that person has (so that two different people who happen to
   * share an id are never merged). Their role may differ from their other networks' (a role in each
   * network: {@code NetworkAccounts} puts them in each network's role group).
   */
  void checkUserIds(
      String networkId,
      List<ResolvedMember> resolved,
      Map<String, Member> knownMembers,
      List<Member> networkMembers,
      List<RosterError> errors) {
    Map<String, ResolvedMember> inFile = new HashMap<>();
    resolved.forEach(r -> inFile.put(r.userId(), r));
    Map<String, Member> otherHolders = new HashMap<>();
    for (Member member : networkMembers) {
      if (member.getEmail() != null && !inFile.containsKey(member.getUserId())) {
        otherHolders.put(member.getEmail().toLowerCase(Locale.ROOT), member);
      }
    }
    for (ResolvedMember r : resolved) {
      RosterRow row = r.row();
      Member member = knownMembers.get(r.userId());
      String column =
          row.userId() != null ? RosterColumn.USER_ID.header() : RosterColumn.EMAIL.header();
      String takenBy = null;
      if (member == null) {
        takenBy = system.call(() -> foreignAccount(r.userId(), networkId));
      } else if (!member.getNetworkId().equals(networkId)
          && (member.getEmail() == null || !member.getEmail().equalsIgnoreCase(row.email()))) {
        errors.add(
            RosterError.at(
                row.line(),
                column,
                "l'identifiant « "
                    + r.userId()
                    + " » est celui d'un membre d'un autre réseau, dont l'adresse n'est pas « "
                    + row.email()
                    + " » : s'il s'agit de la même personne, indiquez son adresse ; sinon, "
                    + "choisissez un autre identifiant."));
        continue;
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
}
