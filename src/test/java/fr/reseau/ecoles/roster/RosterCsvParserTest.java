package fr.reseau.ecoles.roster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.EstablishmentKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RosterCsvParserTest {

  static final String HEADER =
      "nom;prenom;email;code_etablissement;role;etablissement;type;commune;departement;zone;latitude;longitude";

  final RosterCsvParser parser = new RosterCsvParser();

  RosterFile parse(String text) {
    return parser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  /** The file's errors as (line, field) pairs. */
  static List<Tuple> where(RosterFile file) {
    return file.errors().stream().map(e -> new Tuple(e.line(), e.field())).toList();
  }

  static RosterError onlyError(RosterFile file) {
    assertThat(file.errors()).hasSize(1);
    return file.errors().get(0);
  }

  @Test
  void readsAFrenchExcelExport() {
    RosterFile file =
        parse(
            lines(
                HEADER,
                "Roux;Camille;camille.roux@ac-aix-marseille.fr;0840101A;documentaliste;Collège du Pont romain;college;Vaison-la-Romaine;84;B;44,2406;5,0747",
                "Lefèvre;Bernard;bernard.lefevre@ac-aix-marseille.fr;0840101A;chef_etablissement;;;;;;;",
                "Arnaud;Mathilde;mathilde.arnaud@ac-aix-marseille.fr;0840101A;coordinateur;;;;;;;"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.rows())
        .containsExactly(
            new RosterRow(
                2,
                "Roux",
                "Camille",
                "camille.roux@ac-aix-marseille.fr",
                null,
                "0840101A",
                MemberRole.DOCUMENTALISTE),
            new RosterRow(
                3,
                "Lefèvre",
                "Bernard",
                "bernard.lefevre@ac-aix-marseille.fr",
                null,
                "0840101A",
                MemberRole.PRINCIPAL),
            new RosterRow(
                4,
                "Arnaud",
                "Mathilde",
                "mathilde.arnaud@ac-aix-marseille.fr",
                null,
                "0840101A",
                MemberRole.COORDINATOR));
    assertThat(file.establishments())
        .containsExactly(
            new RosterEstablishment(
                "0840101A",
                2,
                "Collège du Pont romain",
                EstablishmentKind.COLLEGE,
                "Vaison-la-Romaine",
                "84",
                "B",
                44.2406,
                5.0747,
                false));
    assertThat(file.ignoredColumns()).isEmpty();
  }

  @Test
  void detectsTheCommaSeparatorAndReadsQuotes() {
    RosterFile file =
        parse(
            lines(
                "nom,prenom,email,code_etablissement,role,etablissement,type,commune,zone,latitude,longitude",
                "\"Martin, dite Lulu\",Lucie,lucie.martin@example.fr,0840102B,documentaliste,\"Lycée professionnel de l'Ouvèze\","
                    + "lycee_pro,Vaison-la-Romaine,B,\"44,2431\",5.0690"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.rows())
        .singleElement()
        .extracting(RosterRow::lastName)
        .isEqualTo("Martin, dite Lulu");
    assertThat(file.establishments())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Lycée professionnel de l'Ouvèze");
              assertThat(e.latitude()).isEqualTo(44.2431);
              assertThat(e.longitude()).isEqualTo(5.069);
              assertThat(e.department()).isNull();
            });
  }

  @Test
  void acceptsAByteOrderMarkHeaderVariantsAndCommonSpellings() {
    RosterFile file =
        parse(
            "\uFEFF"
                + lines(
                    "Nom ;Prénom;E-mail;Code Établissement;Rôle;Identifiant;Téléphone;Zone de vacances",
                    "Roux;Camille;Camille.Roux@Example.fr;0840101a;Professeure documentaliste;camille.roux;0490000000;zone b",
                    "Arnaud;Mathilde;m.arnaud@example.fr;0840101A;Coordinatrice;;;",
                    "Lefèvre;Bernard;b.lefevre@example.fr;0840101A;Chef d’établissement;;;",
                    "Perrin;Nathalie;n.perrin@example.fr;0840102B;PROVISEURE;;;"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.rows())
        .extracting(RosterRow::role)
        .containsExactly(
            MemberRole.DOCUMENTALISTE,
            MemberRole.COORDINATOR,
            MemberRole.PRINCIPAL,
            MemberRole.PRINCIPAL);
    assertThat(file.rows().get(0).userId()).isEqualTo("camille.roux");
    assertThat(file.rows().get(0).establishmentCode()).isEqualTo("0840101A");
    assertThat(file.rows().get(1).userId()).isNull();
    assertThat(file.establishments())
        .extracting(RosterEstablishment::code, RosterEstablishment::zone)
        .containsExactly(new Tuple("0840101A", "B"), new Tuple("0840102B", null));
    assertThat(file.ignoredColumns()).containsExactly("Téléphone");
  }

  @Test
  void blankLinesAreSkippedAndLinesKeepTheirNumbers() {
    RosterFile file =
        parse(
            lines(
                "",
                HEADER,
                ";;;;;;;;;;;",
                "",
                "Roux;Camille;camille.roux@example.fr;0840101A;prof;;;;;;;"));

    assertThat(onlyError(file))
        .isEqualTo(
            new RosterError(
                5,
                "role",
                "Ligne 5, colonne role : rôle inconnu « prof » ; attendu documentaliste, coordinateur ou chef_etablissement."));
  }

  @Test
  void establishmentDetailsMayBeOnAnyOfItsLinesAndOneDepartmentDigitIsPadded() {
    RosterFile file =
        parse(
            lines(
                HEADER,
                "Roux;Camille;camille.roux@example.fr;0840101A;documentaliste;;;;;;;",
                "Lefèvre;Bernard;bernard.lefevre@example.fr;0840101A;chef_etablissement;Collège du Pont romain;Collège;Vaison;4;B;44.24;5.07"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.establishments())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.name()).isEqualTo("Collège du Pont romain");
              assertThat(e.department()).isEqualTo("04");
              assertThat(e.missingForCreation()).isEmpty();
            });
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(onlyError(parser.parse(new byte[0])).line()).isEqualTo(1);
    assertThat(onlyError(parse("  \r\n\r\n")).message())
        .startsWith("Ligne 1 : le fichier est vide");
    assertThat(onlyError(parse("\uFEFF")).message()).contains("vide");
  }

  @Test
  void aHeaderWithoutMembersIsRefused() {
    assertThat(onlyError(parse(lines(HEADER))))
        .isEqualTo(new RosterError(1, null, "Ligne 1 : l'en-tête n'est suivi d'aucun membre."));
  }

  @Test
  void aMissingHeaderIsRefused() {
    RosterError error =
        onlyError(parse(lines("Roux;Camille;camille.roux@example.fr;0840101A;documentaliste")));
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.message())
        .contains(
            "colonnes obligatoires absentes de l'en-tête : nom, prenom, email, "
                + "code_etablissement, role")
        .contains("ajoutez la ligne d'en-tête");
  }

  @Test
  void aMissingRequiredColumnIsNamed() {
    RosterError error =
        onlyError(
            parse(lines("nom;prenom;email;role", "Roux;Camille;c@example.fr;documentaliste")));
    assertThat(error.message())
        .isEqualTo("Ligne 1 : colonne obligatoire absente de l'en-tête : code_etablissement.");
  }

  @Test
  void aColumnGivenTwiceIsRefused() {
    RosterError error =
        onlyError(
            parse(
                lines(
                    "nom;prenom;email;courriel;code_etablissement;role",
                    "Roux;Camille;c@example.fr;c@example.fr;0840101A;documentaliste")));
    assertThat(error.message()).contains("« email » et « courriel »").contains("colonne email");
  }

  @Test
  void aTabSeparatedFileIsRefusedAtItsHeader() {
    RosterError error =
        onlyError(
            parse(
                lines(
                    "nom\tprenom\temail\tcode_etablissement\trole",
                    "Roux\tCamille\tc@example.fr\t0840101A\tdocumentaliste")));
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.message()).contains("tabulations").contains("« ; » ou « , »");
  }

  @Test
  void linesWithAnotherSeparatorOrTooManyValuesAreRefused() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;code_etablissement;role",
                "Roux,Camille,c@example.fr,0840101A,documentaliste",
                "Martin;Lucie;l@example.fr;0840102B;documentaliste;en trop",
                "Faure;Julien;j@example.fr;0260103C;documentaliste;;"));
    assertThat(where(file)).containsExactly(new Tuple(2, null), new Tuple(3, null));
    assertThat(file.errors().get(0).message()).contains("une seule colonne").contains("« ; »");
    assertThat(file.errors().get(1).message())
        .contains("6 colonnes lues alors que l'en-tête en a 5");
    assertThat(file.rows()).extracting(RosterRow::line).containsExactly(4);
  }

  @Test
  void aFileNotInUtf8IsReadAsWindows1252AndSaysSo() {
    String text =
        lines(
            HEADER,
            "Roux;Camille;c@example.fr;0840101A;documentaliste;;;;;;;",
            "Lefèvre;Bernard;b@example.fr;0840101A;chef_etablissement;;;;;;;");
    RosterFile file = parser.parse(text.getBytes(Charset.forName("windows-1252")));
    assertThat(file.errors()).isEmpty();
    assertThat(file.encoding()).isEqualTo("Windows-1252");
    assertThat(file.rows()).extracting(RosterRow::lastName).containsExactly("Roux", "Lefèvre");
    assertThat(parser.parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).encoding())
        .isEqualTo("UTF-8");
  }

  @Test
  void aUtf16FileIsRefused() {
    byte[] utf16 = ("\uFEFF" + lines(HEADER)).getBytes(StandardCharsets.UTF_16LE);
    assertThat(onlyError(parser.parse(utf16)).message()).contains("UTF-16");
  }

  @Test
  void anUnclosedQuoteStopsTheReadingAtItsLine() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;code_etablissement;role",
                "Roux;Camille;c@example.fr;0840101A;documentaliste",
                "Martin;\"Lucie\"x;l@example.fr;0840102B;documentaliste",
                "Faure;Julien;j@example.fr;0260103C;documentaliste"));
    assertThat(onlyError(file).line()).isEqualTo(3);
    assertThat(onlyError(file).message()).contains("guillemets");
  }

  @Test
  void aFileTooLargeIsRefused() {
    RosterError error = onlyError(parser.parse(new byte[RosterCsvParser.MAX_BYTES + 1]));
    assertThat(error.line()).isNull();
    assertThat(error.message()).startsWith("Fichier : le fichier dépasse 1 Mo");
  }

  @Test
  void corsicaAndOverseasZonesAreReadAsTheMinistrysCalendarNamesThem() {
    RosterFile file =
        parse(
            lines(
                HEADER,
                "Roux;Camille;c1@example.fr;6200001A;documentaliste;Collège A;college;Ajaccio;2A;Corse;41.9;8.7",
                "Roux;Camille;c2@example.fr;9740001A;documentaliste;Collège B;college;Saint-Denis;974;La Réunion;-20.9;55.4",
                "Roux;Camille;c3@example.fr;9880001A;documentaliste;Collège C;college;Nouméa;988;Nouvelle-Calédonie;-22.3;166.4",
                "Roux;Camille;c4@example.fr;9750001A;documentaliste;Collège D;college;Saint-Pierre;975;zone Saint-Pierre-et-Miquelon;46.8;-56.2"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.establishments())
        .extracting(RosterEstablishment::zone)
        .containsExactly("Corse", "Réunion", "Nouvelle Calédonie", "Saint Pierre et Miquelon");
  }

  @Test
  void everyBadValueIsReportedWithItsLineAndColumn() {
    RosterFile file =
        parse(
            lines(
                HEADER,
                ";Camille;c@example.fr;0840101A;documentaliste;;;;;;;",
                "Roux;Camille;pas-une-adresse;0840101A;documentaliste;;;;;;;",
                "Roux;Camille;camille@example.fr;840101A;documentaliste;;;;;;;",
                "Roux;Camille;camille2@example.fr;0840101A;prof;;;;;;;",
                "Roux;Camille;camille3@example.fr;0840109Z;documentaliste;Collège X;école;Sault;Vaucluse;D;44.1;",
                "Roux;Camille;camille4@example.fr;0840108Z;documentaliste;Collège Y;college;Sault;84;B;91;5",
                "Roux;Camille;camille5@example.fr;0840107Z;documentaliste;Collège Z;college;Sault;84;B;44.1;cinq"));

    assertThat(where(file))
        .containsExactly(
            new Tuple(2, "nom"),
            new Tuple(3, "email"),
            new Tuple(4, "code_etablissement"),
            new Tuple(5, "role"),
            new Tuple(6, "type"),
            new Tuple(6, "departement"),
            new Tuple(6, "zone"),
            new Tuple(6, "longitude"),
            new Tuple(7, "latitude"),
            new Tuple(8, "longitude"));
    assertThat(file.errors())
        .extracting(RosterError::message)
        .containsExactly(
            "Ligne 2, colonne nom : valeur obligatoire manquante.",
            "Ligne 3, colonne email : adresse électronique invalide « pas-une-adresse ».",
            "Ligne 4, colonne code_etablissement : code UAI invalide « 840101A » ; attendu 7 chiffres suivis d'une lettre, par exemple 0840101A.",
            "Ligne 5, colonne role : rôle inconnu « prof » ; attendu documentaliste, coordinateur ou chef_etablissement.",
            "Ligne 6, colonne type : type d'établissement inconnu « école » ; attendu college, lycee, lycee_pro, cite_scolaire, ecole_maternelle, ecole_elementaire ou ecole_primaire.",
            "Ligne 6, colonne departement : département invalide « Vaucluse » ; attendu son numéro, par exemple 84, 2A ou 974.",
            "Ligne 6, colonne zone : zone de vacances inconnue « D » ; attendu A, B, C, Corse ou le nom d'une zone d'outre-mer (Guadeloupe, Martinique, Guyane, Réunion, Mayotte, Nouvelle Calédonie, Polynésie, Saint Pierre et Miquelon, Wallis et Futuna).",
            "Ligne 6, colonne longitude : latitude et longitude vont ensemble : indiquez les deux ou aucune.",
            "Ligne 7, colonne latitude : latitude invalide « 91 » ; attendu des degrés décimaux entre -90 et 90, par exemple 44,2406.",
            "Ligne 8, colonne longitude : longitude invalide « cinq » ; attendu des degrés décimaux entre -180 et 180, par exemple 44,2406.");
    assertThat(file.rows()).isEmpty();
    assertThat(file.establishments())
        .filteredOn(RosterEstablishment::hadErrors)
        .extracting(RosterEstablishment::code)
        .containsExactly("0840109Z", "0840108Z", "0840107Z");
  }

  @Test
  void theSamePersonTwiceIsRefused() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;identifiant;code_etablissement;role",
                "Roux;Camille;camille.roux@example.fr;camille.roux;0840101A;documentaliste",
                "Roux;Camille;Camille.Roux@example.fr;;0840101A;documentaliste",
                "Roux;Camille;autre@example.fr;CAMILLE.ROUX;0840101A;documentaliste"));

    assertThat(file.errors())
        .extracting(RosterError::message)
        .containsExactly(
            "Ligne 3, colonne email : l'adresse « Camille.Roux@example.fr » figure déjà à la ligne 2 ; chaque personne ne doit apparaître qu'une fois.",
            "Ligne 4, colonne identifiant : l'identifiant « CAMILLE.ROUX » figure déjà à la ligne 2 ; chaque personne ne doit apparaître qu'une fois.");
    assertThat(file.rows()).extracting(RosterRow::line).containsExactly(2);
  }

  @Test
  void oneHeadPerEstablishment() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;code_etablissement;role",
                "Lefèvre;Bernard;b@example.fr;0840101A;chef_etablissement",
                "Perrin;Nathalie;n@example.fr;0840101A;cheffe d'établissement"));
    assertThat(onlyError(file).message())
        .isEqualTo(
            "Ligne 3, colonne role : l'établissement 0840101A a déjà un ou "
                + "une chef d'établissement à la ligne 2 ; un seul par établissement.");
  }

  @Test
  void twoLinesMayNotDescribeOneEstablishmentDifferently() {
    RosterFile file =
        parse(
            lines(
                HEADER,
                "Roux;Camille;c@example.fr;0840101A;documentaliste;Collège du Pont romain;college;Vaison-la-Romaine;84;B;44.24;5.07",
                "Lefèvre;Bernard;b@example.fr;0840101A;chef_etablissement;Collège du Pont Romain;lycee;Vaison-la-Romaine;84;B;44.24;5.07"));
    assertThat(file.errors())
        .extracting(RosterError::message)
        .containsExactly(
            "Ligne 3, colonne etablissement : « Collège du Pont Romain » diffère de la valeur donnée pour l'établissement "
                + "0840101A à la ligne 2 (« Collège du Pont romain »).",
            "Ligne 3, colonne type : « lycee » diffère de la valeur donnée pour l'établissement 0840101A à la ligne 2 (« college »).");
  }

  @Test
  void aNewEstablishmentNeedsItsDescription() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;code_etablissement;role;etablissement;commune",
                "Roux;Camille;c@example.fr;0840101A;documentaliste;Collège du Pont romain;Vaison-la-Romaine"));
    assertThat(file.establishments())
        .singleElement()
        .extracting(RosterEstablishment::missingForCreation)
        .isEqualTo(List.of("type", "zone", "latitude", "longitude"));
  }

  @Test
  void tooLongValuesAreRefused() {
    RosterFile file =
        parse(
            lines(
                "nom;prenom;email;identifiant;code_etablissement;role",
                "R".repeat(101)
                    + ";Camille;c@example.fr;"
                    + "c".repeat(65)
                    + ";0840101A;documentaliste"));
    assertThat(where(file)).containsExactly(new Tuple(2, "nom"), new Tuple(2, "identifiant"));
  }
}
