package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.SchoolDegree;
import java.util.List;

/**
 * The demo networks. Réseau Ventoux Baronnies (Vaucluse, académie d'Aix-Marseille, zone B, and
 * Drôme, académie de Grenoble, zone A) runs the demo campaign; réseau Sainte Victoire (Aix,
 * Pertuis, Gardanne) shares the installation to show that networks do not see each other.
 * Establishment names and people are fictional; towns and coordinates are real.
 */
record DemoNetwork(
    String id, String name, String academy, List<School> schools, List<Person> people) {

  static final String NETWORK_ID = "ventoux-baronnies";
  static final String NETWORK_NAME = "Réseau Ventoux Baronnies";
  static final String ACADEMY = "Aix-Marseille et Grenoble";

  record School(
      String code,
      String name,
      EstablishmentKind kind,
      String town,
      String department,
      String zone,
      double latitude,
      double longitude,
      String principalUserId) {}

  record Person(
      String userId, String firstName, String lastName, MemberRole role, String establishmentCode) {
    String email() {
      return userId + "@demo.reseau-ecoles.fr";
    }
  }

  static final List<School> SCHOOLS =
      List.of(
          new School(
              "0840101A",
              "Collège du Pont romain",
              EstablishmentKind.COLLEGE,
              "Vaison-la-Romaine",
              "84",
              "B",
              44.2406,
              5.0747,
              "chef.pontromain"),
          new School(
              "0840102B",
              "Lycée professionnel de l'Ouvèze",
              EstablishmentKind.LYCEE_PRO,
              "Vaison-la-Romaine",
              "84",
              "B",
              44.2431,
              5.0690,
              "chef.ouveze"),
          new School(
              "0260103C",
              "Collège des Baronnies",
              EstablishmentKind.COLLEGE,
              "Nyons",
              "26",
              "A",
              44.3606,
              5.1403,
              "chef.baronnies"),
          new School(
              "0260104D",
              "Lycée de l'Eygues",
              EstablishmentKind.LYCEE,
              "Nyons",
              "26",
              "A",
              44.3580,
              5.1320,
              "chef.eygues"),
          new School(
              "0260105E",
              "Collège du Saint-Julien",
              EstablishmentKind.COLLEGE,
              "Buis-les-Baronnies",
              "26",
              "A",
              44.2753,
              5.2711,
              "chef.saintjulien"),
          new School(
              "0840106F",
              "Cité scolaire de l'Enclave",
              EstablishmentKind.CITE_SCOLAIRE,
              "Valréas",
              "84",
              "B",
              44.3842,
              4.9906,
              "chef.enclave"),
          new School(
              "0840107G",
              "Collège du Groseau",
              EstablishmentKind.COLLEGE,
              "Malaucène",
              "84",
              "B",
              44.1742,
              5.1328,
              "chef.groseau"),
          new School(
              "0840108H",
              "Lycée du Comtat",
              EstablishmentKind.LYCEE,
              "Carpentras",
              "84",
              "B",
              44.0556,
              5.0489,
              "chef.comtat"),
          new School(
              "0840109J",
              "Lycée professionnel du Ventoux",
              EstablishmentKind.LYCEE_PRO,
              "Carpentras",
              "84",
              "B",
              44.0610,
              5.0560,
              "chef.ventoux"),
          new School(
              "0840110K",
              "Collège des Dentelles",
              EstablishmentKind.COLLEGE,
              "Bédoin",
              "84",
              "B",
              44.1245,
              5.1786,
              "chef.dentelles"),
          new School(
              "0840111L",
              "Collège du Plateau d'Albion",
              EstablishmentKind.COLLEGE,
              "Sault",
              "84",
              "B",
              44.0903,
              5.4086,
              "chef.albion"));

  static final List<Person> PEOPLE =
      List.of(
          new Person("camille.roux", "Camille", "Roux", MemberRole.DOCUMENTALISTE, "0840101A"),
          new Person("lucie.martin", "Lucie", "Martin", MemberRole.DOCUMENTALISTE, "0840102B"),
          new Person("julien.faure", "Julien", "Faure", MemberRole.DOCUMENTALISTE, "0260103C"),
          new Person("sophie.bernard", "Sophie", "Bernard", MemberRole.DOCUMENTALISTE, "0260104D"),
          new Person("yann.morel", "Yann", "Morel", MemberRole.DOCUMENTALISTE, "0260104D"),
          new Person("helene.garcia", "Hélène", "Garcia", MemberRole.DOCUMENTALISTE, "0260105E"),
          new Person("marc.dupont", "Marc", "Dupont", MemberRole.DOCUMENTALISTE, "0840106F"),
          new Person("ines.moreau", "Inès", "Moreau", MemberRole.DOCUMENTALISTE, "0840106F"),
          new Person("claire.fabre", "Claire", "Fabre", MemberRole.DOCUMENTALISTE, "0840107G"),
          new Person("thomas.girard", "Thomas", "Girard", MemberRole.DOCUMENTALISTE, "0840108H"),
          new Person("nadia.benali", "Nadia", "Benali", MemberRole.DOCUMENTALISTE, "0840108H"),
          new Person("pierre.chabert", "Pierre", "Chabert", MemberRole.DOCUMENTALISTE, "0840109J"),
          new Person("anne.reynaud", "Anne", "Reynaud", MemberRole.DOCUMENTALISTE, "0840110K"),
          new Person("elise.blanc", "Élise", "Blanc", MemberRole.DOCUMENTALISTE, "0840111L"),
          new Person("mathilde.arnaud", "Mathilde", "Arnaud", MemberRole.COORDINATOR, "0840108H"),
          new Person("chef.pontromain", "Bernard", "Lefèvre", MemberRole.PRINCIPAL, "0840101A"),
          new Person("chef.ouveze", "Nathalie", "Perrin", MemberRole.PRINCIPAL, "0840102B"),
          new Person("chef.baronnies", "Olivier", "Chauvet", MemberRole.PRINCIPAL, "0260103C"),
          new Person("chef.eygues", "Sylvie", "Mercier", MemberRole.PRINCIPAL, "0260104D"),
          new Person("chef.saintjulien", "Laurent", "Brun", MemberRole.PRINCIPAL, "0260105E"),
          new Person("chef.enclave", "Isabelle", "Roche", MemberRole.PRINCIPAL, "0840106F"),
          new Person("chef.groseau", "Didier", "Vidal", MemberRole.PRINCIPAL, "0840107G"),
          new Person("chef.comtat", "Catherine", "Aubert", MemberRole.PRINCIPAL, "0840108H"),
          new Person("chef.ventoux", "François", "Michel", MemberRole.PRINCIPAL, "0840109J"),
          new Person("chef.dentelles", "Martine", "Jourdan", MemberRole.PRINCIPAL, "0840110K"),
          new Person("chef.albion", "Patrick", "Gautier", MemberRole.PRINCIPAL, "0840111L"));

  static final List<School> SAINTE_VICTOIRE_SCHOOLS =
      List.of(
          new School(
              "0130201M",
              "Collège de la Montagne Sainte-Victoire",
              EstablishmentKind.COLLEGE,
              "Aix-en-Provence",
              "13",
              "B",
              43.5297,
              5.4474,
              "chef.saintevictoire"),
          new School(
              "0130202N",
              "Lycée du Pays d'Aix",
              EstablishmentKind.LYCEE,
              "Aix-en-Provence",
              "13",
              "B",
              43.5200,
              5.4380,
              "chef.paysdaix"),
          new School(
              "0840203P",
              "Collège du Luberon",
              EstablishmentKind.COLLEGE,
              "Pertuis",
              "84",
              "B",
              43.6942,
              5.5019,
              "chef.luberon"),
          new School(
              "0130204R",
              "Lycée professionnel de la Mine",
              EstablishmentKind.LYCEE_PRO,
              "Gardanne",
              "13",
              "B",
              43.4547,
              5.4692,
              "chef.mine"),
          // Primary schools of the three zones (issue 19: inter-degree, CM2–6e link).
          new School(
              "0130205S",
              "École élémentaire des Platanes",
              EstablishmentKind.ECOLE_ELEMENTAIRE,
              "Aix-en-Provence",
              "13",
              "B",
              43.5263,
              5.4454,
              null),
          new School(
              "0130208V",
              "École maternelle des Lavandes",
              EstablishmentKind.ECOLE_MATERNELLE,
              "Aix-en-Provence",
              "13",
              "B",
              43.5331,
              5.4419,
              null),
          new School(
              "0840206T",
              "École primaire des Tilleuls",
              EstablishmentKind.ECOLE_PRIMAIRE,
              "Pertuis",
              "84",
              "B",
              43.6921,
              5.5048,
              null),
          new School(
              "0130207U",
              "École élémentaire de la Colline",
              EstablishmentKind.ECOLE_ELEMENTAIRE,
              "Gardanne",
              "13",
              "B",
              43.4561,
              5.4655,
              null));

  static final List<Person> SAINTE_VICTOIRE_PEOPLE =
      List.of(
          new Person("lea.castel", "Léa", "Castel", MemberRole.DOCUMENTALISTE, "0130201M"),
          new Person("hugo.ferrand", "Hugo", "Ferrand", MemberRole.DOCUMENTALISTE, "0130202N"),
          new Person("amina.diallo", "Amina", "Diallo", MemberRole.DOCUMENTALISTE, "0840203P"),
          new Person("paul.rinaldi", "Paul", "Rinaldi", MemberRole.DOCUMENTALISTE, "0130204R"),
          new Person("sandrine.olivier", "Sandrine", "Olivier", MemberRole.COORDINATOR, "0130202N"),
          new Person("chef.saintevictoire", "Gérard", "Bonnet", MemberRole.PRINCIPAL, "0130201M"),
          new Person("chef.paysdaix", "Véronique", "Lambert", MemberRole.PRINCIPAL, "0130202N"),
          new Person("chef.luberon", "Alain", "Roussel", MemberRole.PRINCIPAL, "0840203P"),
          new Person("chef.mine", "Christine", "Fournier", MemberRole.PRINCIPAL, "0130204R"),
          // Primary teachers, and the inspectors of the zones' trios (no establishment).
          new Person("ines.barthelemy", "Inès", "Barthélemy", MemberRole.TEACHER, "0130205S"),
          new Person("chloe.vernet", "Chloé", "Vernet", MemberRole.TEACHER, "0130208V"),
          new Person("theo.marchand", "Théo", "Marchand", MemberRole.TEACHER, "0840206T"),
          new Person("margaux.pons", "Margaux", "Pons", MemberRole.TEACHER, "0130207U"),
          new Person("ipr.martin", "Philippe", "Martin", MemberRole.INSPECTOR, null),
          new Person("ienet.garcia", "Nathalie", "Garcia", MemberRole.INSPECTOR, null),
          new Person("ien.aix", "Agnès", "Fabre", MemberRole.INSPECTOR, null),
          new Person("ien.pertuis", "Thierry", "Blanc", MemberRole.INSPECTOR, null),
          new Person("ien.gardanne", "Sophie", "Pellegrin", MemberRole.INSPECTOR, null));

  /**
   * The degree of each demo inspector (issue 19): the IA-IPR and the IEN ET sit in the trios'
   * secondary seat, the IEN premier degré in the primary one.
   */
  static final java.util.Map<String, SchoolDegree> INSPECTOR_DEGREES =
      java.util.Map.of(
          "ipr.martin", SchoolDegree.SECONDAIRE,
          "ienet.garcia", SchoolDegree.SECONDAIRE,
          "ien.aix", SchoolDegree.PRIMAIRE,
          "ien.pertuis", SchoolDegree.PRIMAIRE,
          "ien.gardanne", SchoolDegree.PRIMAIRE);

  /** A zone of a demo network and the codes of its establishments. */
  record Zone(String code, String name, List<String> establishmentCodes) {}

  /** The zones of réseau Sainte Victoire (issue 19): Aix, Pertuis, Gardanne. */
  static final List<Zone> SAINTE_VICTOIRE_ZONES =
      List.of(
          new Zone("aix", "Aix", List.of("0130201M", "0130202N", "0130205S", "0130208V")),
          new Zone("pertuis", "Pertuis", List.of("0840203P", "0840206T")),
          new Zone("gardanne", "Gardanne", List.of("0130204R", "0130207U")));

  /** The zones of each demo network by network id; a network not listed has none. */
  static final java.util.Map<String, List<Zone>> ZONES =
      java.util.Map.of("sainte-victoire", SAINTE_VICTOIRE_ZONES);

  static final List<DemoNetwork> ALL =
      List.of(
          new DemoNetwork(NETWORK_ID, NETWORK_NAME, ACADEMY, SCHOOLS, PEOPLE),
          new DemoNetwork(
              "sainte-victoire",
              "Réseau Sainte Victoire",
              "Aix-Marseille",
              SAINTE_VICTOIRE_SCHOOLS,
              SAINTE_VICTOIRE_PEOPLE));
}
