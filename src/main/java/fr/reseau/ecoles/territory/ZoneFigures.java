package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zone's anonymous figures for a school year, as its steering trio sees them: its schools by
 * degree, and the progress of the year's campaign counted over the zone's schools (declarations and
 * visits whose visitor's or host's school is in the zone). Counts only: no name, no establishment,
 * no text written by a participant.
 */
@Service
@Transactional(readOnly = true)
public class ZoneFigures {

  /** One line of figures: a French label and its value. */
  public record Figure(String label, long value) {}

  /** The campaign's dates and step, when the year has one. */
  public record Progress(
      LocalDate volunteeringDeadline,
      LocalDate visitWindowStart,
      LocalDate visitWindowEnd,
      boolean volunteeringClosed,
      String step) {}

  /** What the trio sees of their zone for a year. */
  public record Figures(
      String networkId,
      String zoneCode,
      String zoneName,
      String schoolYear,
      Optional<Progress> progress,
      List<Figure> figures) {}

  private final EstablishmentRepository establishments;
  private final CampaignRepository campaigns;
  private final DeclarationRepository declarations;
  private final VisitRepository visits;
  private final NetworkDirectory directory;

  public ZoneFigures(
      NetworkDirectory directory,
      EstablishmentRepository establishments,
      CampaignRepository campaigns,
      DeclarationRepository declarations,
      VisitRepository visits) {
    this.directory = directory;
    this.establishments = establishments;
    this.campaigns = campaigns;
    this.declarations = declarations;
    this.visits = visits;
  }

  public Figures of(NetworkZone zone, String schoolYear) {
    List<Establishment> schools =
        establishments.findByNetworkIdOrderByCode(zone.getNetworkId()).stream()
            .filter(e -> zone.getCode().equals(e.getZoneCode()))
            .toList();
    Set<String> codes = schools.stream().map(Establishment::getCode).collect(Collectors.toSet());
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Établissements de la zone", schools.size()));
    figures.add(
        new Figure(
            "dont écoles (premier degré)",
            schools.stream().filter(e -> e.degree() == SchoolDegree.PRIMAIRE).count()));
    figures.add(
        new Figure(
            "dont collèges et lycées (second degré)",
            schools.stream().filter(e -> e.degree() == SchoolDegree.SECONDAIRE).count()));
    figures.add(
        new Figure(
            "Professeur·es documentalistes de la zone",
            directory.membersWithRole(zone.getNetworkId(), MemberRole.DOCUMENTALISTE).stream()
                .filter(m -> codes.contains(m.getEstablishmentCode()))
                .count()));
    Optional<Campaign> campaign =
        campaigns.findByNetworkIdAndSchoolYear(zone.getNetworkId(), schoolYear);
    campaign.ifPresent(c -> figures.addAll(campaignFigures(c, codes)));
    return new Figures(
        zone.getNetworkId(),
        zone.getCode(),
        zone.getName(),
        schoolYear,
        campaign.map(ZoneFigures::progress),
        figures);
  }

  private List<Figure> campaignFigures(Campaign campaign, Set<String> codes) {
    List<Declaration> declared =
        declarations.findByCampaignIdOrderByMemberUserId(campaign.getId()).stream()
            .filter(d -> codes.contains(d.getEstablishmentCode()))
            .toList();
    List<Visit> zoneVisits =
        visits.findByCampaignIdOrderById(campaign.getId()).stream()
            .filter(
                v ->
                    codes.contains(v.getVisitorEstablishmentCode())
                        || codes.contains(v.getHostEstablishmentCode()))
            .toList();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(
        "Réponses à l'appel aux volontaires",
        declared.stream().filter(Declaration::isAnswered).count());
    counts.put("Volontaires", declared.stream().filter(Declaration::isVolunteer).count());
    counts.put("Visites de la zone (visiteur ou accueil dans la zone)", (long) zoneVisits.size());
    counts.put(
        "dont visites entre deux établissements de la zone",
        zoneVisits.stream()
            .filter(
                v ->
                    codes.contains(v.getVisitorEstablishmentCode())
                        && codes.contains(v.getHostEstablishmentCode()))
            .count());
    counts.put(
        "Visites en préparation",
        zoneVisits.stream()
            .filter(v -> !v.getStatus().held() && v.getStatus() != VisitStatus.CANCELLED)
            .count());
    counts.put("Visites réalisées", zoneVisits.stream().filter(v -> v.getStatus().held()).count());
    counts.put(
        "dont récapitulatif validé",
        zoneVisits.stream().filter(v -> v.getStatus() == VisitStatus.COMPLETED).count());
    counts.put(
        "Visites annulées",
        zoneVisits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count());
    return counts.entrySet().stream().map(e -> new Figure(e.getKey(), e.getValue())).toList();
  }

  private static Progress progress(Campaign c) {
    boolean closed = c.getVolunteeringClosedAt() != null;
    return new Progress(
        c.getVolunteeringDeadline(),
        c.getVisitWindowStart(),
        c.getVisitWindowEnd(),
        closed,
        closed ? "Visites" : "Appel aux volontaires");
  }
}
