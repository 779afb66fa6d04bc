package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.workshop.AnimatorPoolService;
import fr.reseau.ecoles.workshop.AnimatorRepository;
import fr.reseau.ecoles.workshop.QuestionnaireCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school for workshop days (« Temps 2 »): the Collège des Dentelles in Bédoin, its project
 * team, its 24 teachers (those of the demo questionnaire, with the demo password) and a pool of
 * animators from other schools of the network. Idempotent, like {@link DemoDataSeeder}.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoWorkshopDay implements ApplicationRunner {

  public static final String QUESTIONNAIRE = "demo/questionnaire-college-demo.csv";
  static final String SCHOOL = "0840110K";
  static final List<String[]> PROJECT_TEAM =
      List.of(
          new String[] {"julie.vernet", "Julie", "Vernet"},
          new String[] {"karim.belkacem", "Karim", "Belkacem"});

  /** Name, establishment, concerns they have already animated. */
  static final List<String[]> ANIMATORS =
      List.of(
          new String[] {
            "Aurélie Sanchez",
            "Collège du Pont romain, Vaison-la-Romaine",
            "Différenciation pédagogique|Oral et expression"
          },
          new String[] {
            "Karine Haddad", "Lycée du Comtat, Carpentras", "Évaluation par compétences"
          },
          new String[] {
            "Sébastien Lambert", "Collège des Baronnies, Nyons", "Travail collaboratif des élèves"
          },
          new String[] {
            "Olivier Marchand",
            "Cité scolaire de l'Enclave, Valréas",
            "Esprit critique et information"
          },
          new String[] {
            "Fatima Ziani",
            "Collège du Groseau, Malaucène",
            "Oral et expression|Différenciation pédagogique"
          });

  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final AnimatorRepository animators;
  private final AnimatorPoolService pool;

  public DemoWorkshopDay(
      MemberRepository members,
      NetworkAccounts accounts,
      AnimatorRepository animators,
      AnimatorPoolService pool) {
    this.members = members;
    this.accounts = accounts;
    this.animators = animators;
    this.pool = pool;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String network = DemoNetwork.NETWORK_ID;
    for (String[] p : PROJECT_TEAM) {
      ensure(p[0], p[1], p[2], MemberRole.PROJECT_TEAM, network);
    }
    for (QuestionnaireCsv.Row row : QuestionnaireCsv.parse(questionnaire())) {
      ensure(row.teacherId(), row.firstName(), row.lastName(), MemberRole.TEACHER, network);
    }
    if (animators.findByNetworkIdOrderByFullName(network).isEmpty()) {
      for (String[] a : ANIMATORS) {
        pool.addToPool(network, a[0], a[1], null, AnimatorPoolService.FROM_POOL)
            .coversConcerns(a[2]);
      }
    }
  }

  private void ensure(
      String userId, String firstName, String lastName, MemberRole role, String network) {
    Member member = members.findById(userId).orElse(null);
    if (member == null) {
      member = members.save(new Member(userId, firstName, lastName, null, role, SCHOOL, network));
    } else {
      member.update(firstName, lastName, member.getEmail(), role, SCHOOL, network);
    }
    accounts.ensureAccount(member, DemoDataSeeder.DEMO_PASSWORD);
  }

  /** The demo questionnaire, as a project team would paste it into Tasklist. */
  public static String questionnaire() {
    try (InputStream in = new ClassPathResource(QUESTIONNAIRE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
