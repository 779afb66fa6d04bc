package fr.reseau.ecoles.access;

/** The role of a member in a network; each maps to a Camunda group. */
public enum MemberRole {
  DOCUMENTALISTE("documentalistes", "Professeur·es documentalistes"),
  COORDINATOR("coordinators", "Coordination des réseaux"),
  PRINCIPAL("principals", "Chef·fes d'établissement"),
  /** A member of a school's project team for workshop days (« Temps 2 »). */
  PROJECT_TEAM("project-teams", "Équipes projet des journées d'ateliers"),
  /** A teacher of a school holding a workshop day. */
  TEACHER("teachers", "Enseignant·es"),
  /** An inspector (IA-IPR, IEN ET, IEN premier degré), for example in a zone's steering trio. */
  INSPECTOR("inspectors", "Inspecteurs et inspectrices");

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
