package fr.reseau.ecoles.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guides' pictures (docs/guide/images, copied from the acceptance tests' screenshots by
 * scripts/update-guide-images.sh): every picture a guide shows exists, and every picture is shown.
 */
class GuideImagesTest {

  private static final Path GUIDE = Path.of("docs/guide");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\((images/[^)]+)\\)");

  @Test
  void everyPictureOfTheGuidesExistsAndIsShown() throws IOException {
    List<String> shown = new ArrayList<>();
    try (Stream<Path> guides = Files.list(GUIDE)) {
      for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).toList()) {
        Matcher matcher = IMAGE.matcher(Files.readString(guide));
        while (matcher.find()) {
          shown.add(matcher.group(1));
        }
      }
    }
    assertThat(shown)
        .isNotEmpty()
        .allSatisfy(image -> assertThat(GUIDE.resolve(image)).isRegularFile());
    try (Stream<Path> images = Files.list(GUIDE.resolve("images"))) {
      assertThat(images.map(p -> "images/" + p.getFileName()))
          .allSatisfy(image -> assertThat(shown).contains(image));
    }
  }
}
