package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the export recognises in the groups' free text (docs/showcase.md, "Vocabularies"). */
class ScolomfrVocabularyTest {

  @Test
  void durationsInHoursOrMinutesBecomeIso8601AndOthersStayText() {
    assertThat(ScolomfrVocabulary.isoDuration("2 h")).contains("PT2H");
    assertThat(ScolomfrVocabulary.isoDuration("1 h 30")).contains("PT1H30M");
    assertThat(ScolomfrVocabulary.isoDuration("90 min")).contains("PT90M");
    assertThat(ScolomfrVocabulary.isoDuration("PT2H")).contains("PT2H");
    assertThat(ScolomfrVocabulary.isoDuration("3 séances")).isEmpty();
    assertThat(ScolomfrVocabulary.isoDuration(null)).isEmpty();
  }

  @Test
  void creativeCommonsLicencesLinkToTheirDeed() {
    assertThat(ScolomfrVocabulary.licenceUrl("CC BY-SA 4.0"))
        .contains("https://creativecommons.org/licenses/by-sa/4.0/");
    assertThat(ScolomfrVocabulary.licenceUrl("CC BY-NC-SA 3.0"))
        .contains("https://creativecommons.org/licenses/by-nc-sa/3.0/");
    assertThat(ScolomfrVocabulary.licenceUrl("Tous droits réservés")).isEmpty();
  }

  @Test
  void levelsAndContextsAreRecognisedWithoutAccentsOrCase() {
    assertThat(ScolomfrVocabulary.level("Cycle 3").map(ScolomfrVocabulary.Concept::uri))
        .contains(ScolomfrVocabulary.CONCEPT + "scolomfr-voc-022-num-620");
    assertThat(ScolomfrVocabulary.level("COLLÈGE").map(ScolomfrVocabulary.Concept::label))
        .contains("collège");
    assertThat(ScolomfrVocabulary.level("Seconde")).isEmpty();
    assertThat(ScolomfrVocabulary.context("Terminale")).contains(ScolomfrVocabulary.SECONDARY);
    assertThat(ScolomfrVocabulary.context("CE2")).contains(ScolomfrVocabulary.SCHOOL);
    assertThat(ScolomfrVocabulary.context("Adultes")).isEmpty();
    assertThat(ScolomfrVocabulary.discipline("Histoire et géographie")).isPresent();
    assertThat(ScolomfrVocabulary.discipline("Mathématiques")).isEmpty();
  }

  @Test
  void setNamesAreAsciiSlugs() {
    assertThat(ShowcaseText.slug("Aix-Marseille")).isEqualTo("aix-marseille");
    assertThat(ShowcaseText.slug("Orléans-Tours")).isEqualTo("orleans-tours");
    assertThat(ShowcaseText.slug("  ")).isEqualTo("sans-nom");
  }
}
