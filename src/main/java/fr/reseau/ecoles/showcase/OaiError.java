package fr.reseau.ecoles.showcase;

/** An OAI-PMH error condition (section 3.6): its code and a message for people. */
final class OaiError extends RuntimeException {

  private final String code;

  OaiError(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }

  /** badVerb and badArgument answers repeat no argument of the request (section 3.6). */
  boolean hidesArguments() {
    return code.equals("badVerb") || code.equals("badArgument");
  }
}
