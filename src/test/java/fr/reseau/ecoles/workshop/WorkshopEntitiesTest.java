package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities of a workshop day other than the day itself guard their invariants: what they need
 * to exist, their named transitions, and the column rules Bean Validation checks before a write.
 */
class WorkshopEntitiesTest {

  private static final Instant AT = Instant.parse("2027-03-04T09:00:00Z");

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** The properties that break a constraint, as « Entity.property ». */
  private static Set<String> violations(Object entity) {
    return validator.validate(entity).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(path -> entity.getClass().getSimpleName() + "." + path)
        .collect(Collectors.toSet());
  }

  @Test
  void aGroupKeepsItsCatalystAmongItsMembersThroughMoves() {
    assertThatThrownBy(() -> new DayGroup(1L, "G1", "Oral", "zoe", List.of("ana", "bob")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zoe");
    DayGroup group = new DayGroup(1L, "G1", "Oral", "ana", List.of("ana", "bob", "carl"));
    assertThat(group.members()).containsExactly("ana", "bob", "carl");

    group.memberLeft("ana", teacher -> teacher.equals("carl"));
    assertThat(group.members()).containsExactly("bob", "carl");
    assertThat(group.getCatalystUserId()).as("the next catalyst takes over").isEqualTo("carl");
    group.memberLeft("bob", teacher -> true);
    assertThat(group.getCatalystUserId()).as("a member who was not catalyst").isEqualTo("carl");
    group.memberLeft("carl", teacher -> true);
    assertThat(group.members()).isEmpty();
    assertThat(group.getCatalystUserId()).isNull();

    group.memberJoined("dan", false);
    assertThat(group.getCatalystUserId()).isNull();
    group.memberJoined("eve", true);
    group.memberJoined("fay", true);
    assertThat(group.getCatalystUserId()).as("the first catalyst to join").isEqualTo("eve");
    assertThat(group.members()).containsExactly("dan", "eve", "fay");
    assertThatThrownBy(() -> group.memberJoined("dan", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> group.memberLeft("nobody", t -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGroupsPathIsStoredInSlotOrderAndReadBack() {
    DayGroup group = new DayGroup(1L, "G1", "Oral", null, List.of("ana"));
    TreeMap<Integer, String> steps = new TreeMap<>();
    steps.put(3, "A3");
    steps.put(1, "A1");
    group.pathPlanned(steps);
    assertThat(group.getPath()).isEqualTo("1:A1,3:A3");
    assertThat(group.steps()).isEqualTo(steps);
    group.pathPlanned(new TreeMap<>());
    assertThat(group.steps()).isEmpty();
  }

  @Test
  void aParticipantMovesChoosesAndIsInvited() {
    Participant participant = new Participant(1L, "ana", "Ana Roux", null);
    participant.movedTo("G2");
    participant.choseFreeWorkshop("A4");
    participant.invited("Votre journée…", AT);
    assertThat(participant.getGroupCode()).isEqualTo("G2");
    assertThat(participant.getFreeChoiceWorkshopCode()).isEqualTo("A4");
    assertThat(participant.getInvitedAt()).isEqualTo(AT);
    assertThatThrownBy(() -> participant.movedTo(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Participant(null, "ana", "Ana", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aWorkshopHasADurationAndACapacity() {
    assertThatThrownBy(
            () -> new Workshop(1L, "A1", "Titre", null, "Ana", "Oral", "atelier", 0, "1", 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Workshop(1L, "A1", "Titre", null, "Ana", "Oral", "atelier", 60, "1", 0))
        .isInstanceOf(IllegalArgumentException.class);
    Workshop workshop =
        new Workshop(1L, "A1", "t".repeat(301), 7L, "Ana", "Oral", "atelier", 60, "1, 2", 12);
    assertThat(violations(workshop)).containsExactly("Workshop.title");
  }

  @Test
  void aVoteIsReplacedByTheSecondAnswerOfItsRound() {
    ConcernVote vote = new ConcernVote(1L, 1, "ana", false, "Trop large", AT);
    vote.answered(true, null, AT.plusSeconds(60));
    assertThat(vote.isAgreed()).isTrue();
    assertThat(vote.getComment()).isNull();
    assertThat(vote.getAnsweredAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(vote.getVoteRound()).isEqualTo(1);
    assertThatThrownBy(() -> new ConcernVote(1L, -1, "ana", true, null, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(violations(new ConcernVote(1L, 1, "ana", true, "c".repeat(4001), AT)))
        .containsExactly("ConcernVote.comment");
  }

  @Test
  void aBriefingAgreesAShareOfDemonstration() {
    AnimatorBriefing briefing = new AnimatorBriefing(1L, 7L, "Oral");
    assertThat(briefing.getAgreedConcerns()).as("as asked until briefed").isEqualTo("Oral");
    assertThatThrownBy(() -> briefing.briefed("Oral", 101, null, "julie", AT))
        .isInstanceOf(IllegalArgumentException.class);
    briefing.briefed("Oral, écrit", 40, "vidéoprojecteur", "julie", AT);
    assertThat(briefing.getDemonstrationShare()).isEqualTo(40);
    assertThat(briefing.getBriefedAt()).isEqualTo(AT);
    assertThat(violations(briefing)).isEmpty();
  }

  @Test
  void anAnimatorCountsTheDaysAnimated() {
    Animator animator = new Animator("ventoux", "Ana Roux", "Collège", null, "pool", AT);
    assertThat(animator.getConcerns()).isEmpty();
    animator.animatedDay(LocalDate.of(2027, 3, 4), "Oral");
    animator.animatedDay(LocalDate.of(2027, 5, 6), "Oral|Écrit");
    assertThat(animator.getDaysAnimated()).isEqualTo(2);
    assertThat(animator.getLastDayDate()).isEqualTo(LocalDate.of(2027, 5, 6));
    assertThat(animator.getConcerns()).isEqualTo("Oral|Écrit");
    assertThatThrownBy(() -> new Animator("ventoux", "Ana", null, null, null, AT))
        .isInstanceOf(NullPointerException.class);
    assertThat(violations(new Animator(" ", "Ana", null, "e".repeat(256), "pool", AT)))
        .containsExactlyInAnyOrder("Animator.networkId", "Animator.email");
  }

  @Test
  void onlyAConfirmedReferentJoinsThePool() {
    Referent referent = new Referent(1L, "ana", "Ana Roux", "Lettres", 7, "motivée", true);
    assertThat(referent.isConfirmed()).as("proposed: pre-ticked").isTrue();
    assertThatThrownBy(() -> referent.decided(false, true))
        .isInstanceOf(IllegalArgumentException.class);
    referent.decided(true, true);
    assertThat(referent.isJoinedPool()).isTrue();
    referent.decided(false, false);
    assertThat(referent.isConfirmed()).isFalse();
    assertThat(referent.isJoinedPool()).isFalse();
  }

  @Test
  void anAnswerHasADigitalEaseFromOneToFour() {
    assertThatThrownBy(
            () -> new QuestionnaireAnswer(1L, "ana", "Ana", "Lettres", "Oral", 5, 3, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new QuestionnaireAnswer(1L, "ana", "Ana", "Lettres", "Oral", 2, -1, false))
        .isInstanceOf(IllegalArgumentException.class);
    QuestionnaireAnswer answer =
        new QuestionnaireAnswer(1L, "ana", "Ana", "Lettres", "Oral|Écrit", 4, 0, true);
    assertThat(answer.isCatalyst()).isTrue();
    assertThat(violations(answer)).isEmpty();
  }

  @Test
  void impressionsAreGivenInThreeStepsOnAScaleFromOneToFour() {
    TeacherImpressions impressions = new TeacherImpressions(1L, "ana");
    assertThat(impressions.getPleasure()).isNull();
    impressions.logbookKept("Plans de travail", "Comment évaluer ?", null);
    impressions.hotImpressionsGiven(4, "Oral", "bien", "essayer", null, true);
    impressions.coldImpressionsGiven("yes", null, 3, null, false);
    assertThat(impressions.getLogbookPractices()).isEqualTo("Plans de travail");
    assertThat(impressions.getPleasure()).isEqualTo(4);
    assertThat(impressions.getMotivation()).isEqualTo(3);
    assertThat(impressions.getWillingToBeReferent()).isFalse();
    assertThatThrownBy(() -> impressions.hotImpressionsGiven(0, null, null, null, null, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> impressions.coldImpressionsGiven(null, null, 5, null, true))
        .isInstanceOf(IllegalArgumentException.class);
    impressions.logbookKept("p".repeat(4001), null, null);
    assertThat(violations(impressions)).containsExactly("TeacherImpressions.logbookPractices");
  }

  @Test
  void anOutputIsReplacedWhenPublishedAgain() {
    WorkshopDayOutput output = new WorkshopDayOutput(1L, "ideas", "journee-1-idees.csv", "a;b", AT);
    output.republished("journee-1-idees.csv", "a;b;c", AT.plusSeconds(5));
    assertThat(output.getContent()).isEqualTo("a;b;c");
    assertThat(output.getCreatedAt()).isEqualTo(AT.plusSeconds(5));
    assertThat(output.getKind()).isEqualTo("ideas");
    assertThatThrownBy(() -> output.republished("f.csv", null, AT))
        .isInstanceOf(NullPointerException.class);
  }
}
