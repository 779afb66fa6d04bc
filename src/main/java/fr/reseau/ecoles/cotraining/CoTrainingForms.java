package fr.reseau.ecoles.cotraining;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the forms of a co-training request show: choices and the request in a few lines. */
@Service
@Transactional(readOnly = true)
public class CoTrainingForms {

  /** « mercredi 10 mars 2027 ». */
  public static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final MemberRepository members;
  private final NetworkDirectory directory;

  public CoTrainingForms(MemberRepository members, NetworkDirectory directory) {
    this.members = members;
    this.directory = directory;
  }

  /** One choice of a form-js list: what a person reads, what the form submits. */
  public record Choice(String label, String value) {}

  /**
   * The members one may invite (everyone of the network but the coordinators and the requester, who
   * takes part anyway): « Nom Prénom — Collège … ».
   */
  public List<Choice> memberOptions(String networkId, String requesterUserId) {
    List<Member> list =
        directory.membersOf(networkId).stream()
            .filter(m -> m.getRole() != MemberRole.COORDINATOR)
            .filter(m -> !m.getUserId().equals(requesterUserId))
            .toList();
    Map<String, Establishment> schools =
        directory.establishments(list.stream().map(Member::getEstablishmentCode).toList());
    return list.stream()
        .map(
            m ->
                new Choice(
                    m.fullName()
                        + (schools.containsKey(m.getEstablishmentCode())
                            ? " — " + schools.get(m.getEstablishmentCode()).getName()
                            : ""),
                    m.getUserId()))
        .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
        .toList();
  }

  /** The wished dates as choices for the coordinators. */
  public List<Choice> wishedDateOptions(CoTrainingRequest request) {
    return request.getWishedDates().stream()
        .map(d -> new Choice(FRENCH_DATE.format(d), d.toString()))
        .toList();
  }

  public static String expertLabel(String expert, String other) {
    if (expert == null) {
      return "—";
    }
    return switch (expert) {
      case "dane" -> "DANE (délégation académique au numérique éducatif)";
      case "cardie" -> "CARDIE (cellule académique recherche, développement, innovation)";
      case "canope" -> "Réseau Canopé";
      case "other" -> "Autre : " + other;
      default -> "Pas d'intervenant extérieur";
    };
  }

  public static String themeLabel(String code) {
    return Theme.fromCode(code).map(Theme::label).orElse(code);
  }

  /** Full names of the participants, the requester first. */
  public List<String> participantNames(CoTrainingRequest request) {
    Map<String, Member> byId = directory.members(request.getParticipants());
    return request.getParticipants().stream()
        .map(id -> byId.containsKey(id) ? byId.get(id).fullName() : id)
        .toList();
  }

  /** The request in a few lines of markdown, for the head of school and the coordinators. */
  public String summary(CoTrainingRequest request) {
    Member requester =
        directory.requireMemberIn(request.getRequesterUserId(), request.getNetworkId());
    Establishment school = directory.requireEstablishment(request.getEstablishmentCode());
    String dates =
        request.getWishedDates().stream()
            .map((LocalDate d) -> FRENCH_DATE.format(d))
            .collect(Collectors.joining(", "));
    return "**Demandé par :** "
        + requester.fullName()
        + " ("
        + school.getName()
        + ")\n\n**Thème :** "
        + themeLabel(request.getTheme())
        + "\n\n**Participants ("
        + request.getParticipants().size()
        + ") :** "
        + String.join(", ", participantNames(request))
        + "\n\n**Dates souhaitées :** "
        + dates
        + ", créneau "
        + request.getSlot()
        + "\n\n**Intervenant extérieur souhaité :** "
        + expertLabel(request.getExpert(), request.getExpertOther())
        + "\n\n**Projet motivé :** "
        + request.getMotivation();
  }
}
