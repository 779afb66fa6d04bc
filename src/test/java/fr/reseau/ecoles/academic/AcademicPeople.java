package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.academic.AcademicAccounts.Person;
import fr.reseau.ecoles.academic.AcademicGroupService.GroupDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh academic group for a test, and the forms' answers of process production-publication. */
public final class AcademicPeople {

  private static final AtomicInteger NEXT = new AtomicInteger();

  /** The ids of one test group's people. */
  public record TestGroup(
      String id, String referent, String teacher, String reviewer, String inspector) {
    public String tenant() {
      return AcademicGroupService.tenantOf(id);
    }
  }

  private AcademicPeople() {}

  public static TestGroup create(AcademicGroupService groups, String academie) {
    int n = NEXT.incrementAndGet();
    String suffix = n + "-" + Long.toString(System.nanoTime() % 100000, 36);
    TestGroup group =
        new TestGroup(
            "test-" + suffix,
            "ref." + suffix,
            "prof." + suffix,
            "relecteur." + suffix,
            "ipr." + suffix);
    groups.define(
        group.id(),
        new GroupDefinition(
            academie,
            "Groupe de test " + n,
            null,
            new Person(group.inspector(), "Inès", "Inspectrice", address(group.inspector())),
            group.referent(),
            List.of(
                new Person(group.referent(), "Rémi", "Référent", address(group.referent())),
                new Person(group.teacher(), "Paule", "Professeure", address(group.teacher())),
                new Person(group.reviewer(), "Rita", "Relectrice", address(group.reviewer())))),
        fr.reseau.ecoles.support.TestNetworks.PASSWORD);
    return group;
  }

  /** The address of a test person's account (they belong to no network). */
  public static String address(String userId) {
    return userId + "@ac-test.fr";
  }

  public static Map<String, Object> start(String title) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProductionPublicationVariables.TITLE, title);
    v.put(ProductionPublicationVariables.SUMMARY, "Un scénario de test.");
    return v;
  }

  public static Map<String, Object> draft(String reviewer) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProductionPublicationVariables.TITLE, "Mesurer la qualité de l'air");
    v.put(ProductionPublicationVariables.SUMMARY, "Les élèves mesurent les particules fines.");
    v.put(ProductionPublicationVariables.DISCIPLINE, "Physique-chimie");
    v.put(ProductionPublicationVariables.LEVEL, "Cycle 4");
    v.put(ProductionPublicationVariables.THEMES, "Air et santé\nMesure");
    v.put(ProductionPublicationVariables.DURATION, "3 séances");
    v.put(ProductionPublicationVariables.DIGITAL_TOOLS, "Capteur connecté\nTableur");
    v.put(ProductionPublicationVariables.STEPS, "Question\nMesures\nBilan");
    v.put(ProductionPublicationVariables.RESOURCES, "AtmoSud | https://www.atmosud.org/");
    v.put(ProductionPublicationVariables.AUTHORS, "Rémi Référent\nPaule Professeure");
    v.put(ProductionPublicationVariables.LICENCE, "CC BY-SA 4.0");
    v.put(ProductionPublicationVariables.REVIEWER, reviewer);
    return v;
  }

  public static Map<String, Object> peer(String decision, String comment) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProductionPublicationVariables.PEER_DECISION, decision);
    v.put(ProductionPublicationVariables.PEER_COMMENT, comment);
    return v;
  }

  public static Map<String, Object> validation(String decision, String comment) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProductionPublicationVariables.VALIDATION_DECISION, decision);
    v.put(ProductionPublicationVariables.VALIDATION_COMMENT, comment);
    return v;
  }
}
