package fr.reseau.ecoles.invitation;

/** The addresses of this package's pages, for links in messages (services name no controller). */
public final class InvitationPaths {

  /** « Mon calendrier »: the person's subscription address. */
  public static final String CALENDAR_PAGE = "/calendrier";

  private InvitationPaths() {}

  /** The mission order of a visit, as a PDF. */
  public static String missionOrder(Long visitId) {
    return "/visites/" + visitId + "/ordre-de-mission.pdf";
  }

  /** A network event contributor's mission order, as a PDF. */
  public static String eventMissionOrder(Long registrationId) {
    return "/evenements/inscriptions/" + registrationId + "/ordre-de-mission.pdf";
  }
}
