package fr.reseau.ecoles.academic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kinds of file a production accepts are told by their bytes and name together. */
class ResourceTypesTest {

  @Test
  void eachAcceptedKindIsRecognisedFromItsSignature() {
    assertThat(ResourceTypes.recognise("fiche.PDF", ResourceSamples.PDF))
        .hasValue("application/pdf");
    assertThat(ResourceTypes.recognise("schema.png", ResourceSamples.PNG)).hasValue("image/png");
    assertThat(ResourceTypes.recognise("photo.jpg", ResourceSamples.JPEG)).hasValue("image/jpeg");
    assertThat(ResourceTypes.recognise("photo.jpeg", ResourceSamples.JPEG)).hasValue("image/jpeg");
    assertThat(ResourceTypes.recognise("consignes.txt", ResourceSamples.TEXT))
        .hasValue("text/plain;charset=UTF-8");
    for (String kind : new String[] {"text", "spreadsheet", "presentation"}) {
      String type = "application/vnd.oasis.opendocument." + kind;
      String extension = "od" + kind.charAt(0);
      assertThat(ResourceTypes.recognise("doc." + extension, ResourceSamples.openDocument(type)))
          .as(extension)
          .hasValue(type);
    }
    assertThat(
            ResourceTypes.recognise("doc.docx", ResourceSamples.officeOpenXml("word/document.xml")))
        .hasValueSatisfying(t -> assertThat(t).endsWith("wordprocessingml.document"));
    assertThat(
            ResourceTypes.recognise("doc.xlsx", ResourceSamples.officeOpenXml("xl/workbook.xml")))
        .hasValueSatisfying(t -> assertThat(t).endsWith("spreadsheetml.sheet"));
    assertThat(
            ResourceTypes.recognise(
                "doc.pptx", ResourceSamples.officeOpenXml("ppt/presentation.xml")))
        .hasValueSatisfying(t -> assertThat(t).endsWith("presentationml.presentation"));
  }

  @Test
  void aNameThatLiesAboutItsBytesIsRefused() {
    assertThat(ResourceTypes.recognise("fiche.pdf", ResourceSamples.EXE)).isEmpty();
    assertThat(ResourceTypes.recognise("fiche.pdf", ResourceSamples.PNG)).isEmpty();
    assertThat(ResourceTypes.recognise("setup.exe", ResourceSamples.EXE)).isEmpty();
    assertThat(ResourceTypes.recognise("sans-extension", ResourceSamples.PDF)).isEmpty();
    assertThat(ResourceTypes.recognise("vide.pdf", new byte[0])).isEmpty();
    // A spreadsheet renamed as a text, a text archive renamed as a presentation.
    assertThat(
            ResourceTypes.recognise(
                "doc.odt",
                ResourceSamples.openDocument("application/vnd.oasis.opendocument.spreadsheet")))
        .isEmpty();
    assertThat(
            ResourceTypes.recognise("doc.pptx", ResourceSamples.officeOpenXml("word/document.xml")))
        .isEmpty();
    // Any zip is not an office file; binary bytes are not a text.
    assertThat(ResourceTypes.recognise("doc.docx", ResourceSamples.openDocument("x/y"))).isEmpty();
    assertThat(ResourceTypes.recognise("notes.txt", ResourceSamples.EXE)).isEmpty();
    assertThat(ResourceTypes.recognise("notes.txt", new byte[] {'a', (byte) 0xC3})).isEmpty();
  }

  @Test
  void sizesReadInFrench() {
    assertThat(ResourceSizes.french(512)).isEqualTo("512 o");
    assertThat(ResourceSizes.french(35 * 1024)).isEqualTo("35 ko");
    assertThat(ResourceSizes.french(1536 * 1024)).isEqualTo("1,5 Mo");
  }
}
