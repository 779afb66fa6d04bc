package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.visit.VisitEvent;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The messages of a visit's dates and mission order (docs/notifications.md), written to the outbox
 * in the transaction of the step that caused them: the date agreed or changed (with the {@code
 * .ics} invitation), the visit cancelled (with its cancellation), the mission order signed (with
 * the PDF, to the visitor).
 */
@Service
public class VisitMessages {

  static final String DATE_AGREED = "visit-date-agreed";
  static final String DATE_CHANGED = "visit-date-changed";
  static final String CANCELLED = "visit-cancelled";
  static final String MISSION_ORDER_SIGNED = "mission-order-signed";

  private final VisitCalendar calendar;
  private final MissionOrders missionOrders;
  private final Notifications notifications;
  private final Links links;

  public VisitMessages(
      VisitCalendar calendar,
      MissionOrders missionOrders,
      Notifications notifications,
      Links links) {
    this.calendar = calendar;
    this.missionOrders = missionOrders;
    this.notifications = notifications;
    this.links = links;
  }

  @EventListener
  public void dateAgreed(VisitEvent.DateAgreed event) {
    VisitCalendar.VisitInvitation invitation = calendar.invitation(event.visitId());
    byte[] ics = IcsWriter.request(invitation.entry(), EngineClock.now());
    String kind = event.changed() ? DATE_CHANGED : DATE_AGREED;
    for (String recipient : invitation.recipients()) {
      notifications.send(
          new Notice(
              kind,
              recipient,
              invitation.visit().getNetworkId(),
              NoticeCategory.INFORMATION,
              invitation.model(),
              links.page(InvitationPaths.CALENDAR_PAGE),
              List.of(new Attachment("visite.ics", IcsWriter.contentType(false), ics)),
              kind
                  + ":"
                  + event.visitId()
                  + ":"
                  + invitation.entry().sequence()
                  + ":"
                  + recipient));
    }
  }

  @EventListener
  public void cancelled(VisitEvent.Cancelled event) {
    VisitCalendar.VisitInvitation invitation = calendar.invitation(event.visitId());
    byte[] ics = IcsWriter.cancel(invitation.entry(), EngineClock.now());
    for (String recipient : invitation.recipients()) {
      notifications.send(
          new Notice(
              CANCELLED,
              recipient,
              invitation.visit().getNetworkId(),
              NoticeCategory.INFORMATION,
              invitation.model(),
              links.page(InvitationPaths.CALENDAR_PAGE),
              List.of(new Attachment("visite-annulee.ics", IcsWriter.contentType(true), ics)),
              CANCELLED + ":" + event.visitId() + ":" + recipient));
    }
  }

  @EventListener
  public void missionOrderSigned(VisitEvent.MissionOrderSigned event) {
    MissionOrders.MissionOrder order = missionOrders.of(event.visitId());
    notifications.send(
        new Notice(
            MISSION_ORDER_SIGNED,
            order.visitorUserId(),
            order.networkId(),
            NoticeCategory.INFORMATION,
            order.model(),
            links.page(InvitationPaths.missionOrder(event.visitId())),
            List.of(
                new Attachment(
                    "ordre-de-mission.pdf", "application/pdf", MissionOrderPdf.write(order))),
            MISSION_ORDER_SIGNED + ":" + event.visitId() + ":" + order.reference()));
  }
}
