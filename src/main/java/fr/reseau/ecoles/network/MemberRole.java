package fr.reseau.ecoles.network;

/** The role of a member in a network; each maps to a Camunda group. */
public enum MemberRole {
  DOCUMENTALISTE("documentalistes", "Professeur·es documentalistes"),
  COORDINATOR("coordinators", "Coordination des réseaux"),
  PRINCIPAL("principals", "Chef·fes d'établissement");

  private final String groupId;
  private final String groupName;

  MemberRole(String groupId, String groupName) {
    this.groupId = groupId;
    this.groupName = groupName;
  }

  /** The Camunda group's display name, in French. */
  public String groupName() {
    return groupName;
  }

  public String groupId() {
    return groupId;
  }
}
