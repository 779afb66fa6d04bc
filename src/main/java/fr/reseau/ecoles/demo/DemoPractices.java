package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.practice.Practice;
import fr.reseau.ecoles.practice.PracticeInput;
import fr.reseau.ecoles.practice.PracticeRepository;
import fr.reseau.ecoles.practice.VisitPeriod;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices on the demo networks' maps (/carte/ventoux-baronnies, /carte/sainte-victoire), some
 * welcoming visitors in periods of the current school year. Idempotent: a practice whose title
 * exists in the network is left alone.
 */
@Component
@Profile("demo")
@Order(15)
public class DemoPractices implements ApplicationRunner {

  /** A demo practice; periods are days counted from 1 September of the current school year. */
  record Demo(
      String network,
      String author,
      String establishment,
      String title,
      String description,
      List<String> themes,
      String publicServed,
      String level,
      boolean welcomes,
      List<int[]> periods,
      String halfDays,
      String conditions) {}

  static final String VB = DemoNetwork.NETWORK_ID;
  static final String SV = "sainte-victoire";

  static final List<Demo> PRACTICES =
      List.of(
          new Demo(
              VB,
              "camille.roux",
              "0840101A",
              "Club lecture du midi",
              "Chaque jeudi midi, des élèves de 6e et 5e présentent un livre coup de cœur ; le CDI"
                  + " prépare une sélection et un carnet de lecteur.",
              List.of("reading-culture"),
              "college",
              "6e-5e",
              true,
              List.of(new int[] {62, 108}, new int[] {132, 157}),
              "jeudi midi",
              "Prévenir une semaine avant ; deux visiteurs au plus."),
          new Demo(
              VB,
              "julien.faure",
              "0260103C",
              "Défi EMI : vrai ou faux ?",
              "Séquence de quatre séances avec les professeurs de français : repérer une"
                  + " information fausse, vérifier une image, écrire un article.",
              List.of("info-literacy", "teaching-cooperation"),
              "college",
              "4e",
              true,
              List.of(new int[] {70, 115}),
              "mardi matin",
              "Séances en classe entière."),
          new Demo(
              VB,
              "sophie.bernard",
              "0260104D",
              "Espace CDI réaménagé en îlots",
              "Le CDI a été repensé en zones (silence, travail en groupe, détente) avec du"
                  + " mobilier mobile ; plan et budget disponibles.",
              List.of("welcome-layout", "management-budget"),
              "lycee",
              "seconde",
              true,
              List.of(),
              null,
              "Visite possible toute l'année, sur rendez-vous."),
          new Demo(
              VB,
              "helene.garcia",
              "0260105E",
              "Podcasts d'élèves",
              "Les élèves enregistrent des chroniques sur leurs lectures, diffusées sur l'ENT.",
              List.of("digital", "reading-culture"),
              "college",
              "cycle 4",
              false,
              List.of(),
              null,
              null),
          new Demo(
              VB,
              "marc.dupont",
              "0840106F",
              "Politique documentaire partagée",
              "Une politique documentaire écrite avec les équipes et votée en conseil"
                  + " pédagogique, révisée chaque année.",
              List.of("documentary-policy"),
              "cite-scolaire",
              null,
              true,
              List.of(new int[] {150, 200}),
              "lundi après-midi",
              null),
          new Demo(
              VB,
              "thomas.girard",
              "0840108H",
              "Parcours orientation au CDI",
              "Ateliers de découverte des métiers avec le PsyEN et des anciens élèves.",
              List.of("guidance", "projects-partnerships"),
              "lycee",
              "première",
              false,
              List.of(),
              null,
              null),
          new Demo(
              VB,
              "claire.fabre",
              "0840107G",
              "Ressources numériques de l'ENT",
              "Un portail de ressources en ligne classé par discipline, tenu avec les"
                  + " professeurs.",
              List.of("digital"),
              "college",
              null,
              true,
              List.of(new int[] {95, 130}),
              "vendredi matin",
              "Salle informatique réservée."),
          new Demo(
              VB,
              "lucie.martin",
              "0840102B",
              "Partenariat avec la médiathèque",
              "Projet annuel avec la médiathèque intercommunale : rencontres d'auteurs et"
                  + " prix littéraire des lycées professionnels.",
              List.of("projects-partnerships", "reading-culture"),
              "lycee-pro",
              "CAP",
              false,
              List.of(),
              null,
              null),
          new Demo(
              VB,
              "anne.reynaud",
              "0840110K",
              "Préparer son rendez-vous de carrière",
              "Un dossier de séances et de traces pour préparer le rendez-vous de carrière,"
                  + " partagé entre collègues.",
              List.of("ppcr-preparation"),
              "college",
              null,
              true,
              List.of(new int[] {40, 230}),
              "mercredi matin",
              null),
          new Demo(
              SV,
              "lea.castel",
              "0130201M",
              "Escape game documentaire",
              "Un jeu d'évasion pour apprendre la recherche documentaire en 6e.",
              List.of("info-literacy"),
              "college",
              "6e",
              true,
              List.of(new int[] {60, 120}),
              "mardi après-midi",
              null),
          new Demo(
              SV,
              "hugo.ferrand",
              "0130202N",
              "Comité de lecture des lycéens",
              "Des lycéens choisissent les achats de romans du CDI.",
              List.of("reading-culture", "management-budget"),
              "lycee",
              null,
              false,
              List.of(),
              null,
              null));

  private final PracticeRepository practices;

  public DemoPractices(PracticeRepository practices) {
    this.practices = practices;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate september = SchoolYear.containing(EngineClock.today()).firstDay();
    for (Demo d : PRACTICES) {
      if (!practices.findByNetworkIdAndTitle(d.network(), d.title()).isEmpty()) {
        continue;
      }
      List<VisitPeriod> periods =
          d.periods().stream()
              .map(
                  p ->
                      new VisitPeriod(
                          september.plusDays(p[0]), september.plusDays(p[1]), d.halfDays()))
              .toList();
      practices.save(
          new Practice(
              d.network(),
              d.author(),
              new PracticeInput(
                  d.title(),
                  d.description(),
                  new LinkedHashSet<>(d.themes()),
                  d.publicServed(),
                  d.level(),
                  d.establishment(),
                  List.of(),
                  d.welcomes(),
                  periods,
                  d.conditions()),
              EngineClock.now()));
    }
  }
}
