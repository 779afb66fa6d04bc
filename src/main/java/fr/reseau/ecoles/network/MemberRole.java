package fr.reseau.ecoles.network;

/** The role of a member in a network; each maps to a Camunda group. */
public enum MemberRole {
  DOCUMENTALISTE("documentalistes"),
  COORDINATOR("coordinators"),
  PRINCIPAL("principals");

  private final String groupId;

  MemberRole(String groupId) {
    this.groupId = groupId;
  }

  public String groupId() {
    return groupId;
  }
}
