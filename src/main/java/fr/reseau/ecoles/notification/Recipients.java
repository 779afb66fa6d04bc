package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The name and address of a message's recipient, by user id: the network member's row, else the
 * Camunda account (a teacher or IA-IPR of an academic group who belongs to no network has only that
 * account, with the address the administrator gave). Read at each use, never searched by name.
 */
@Component
public class Recipients {

  /** Who receives a message; {@code email} may be null. */
  public record Recipient(String name, String email) {}

  private final MemberRepository members;
  private final IdentityService identity;
  private final SystemAccess system;

  public Recipients(MemberRepository members, IdentityService identity, SystemAccess system) {
    this.members = members;
    this.identity = identity;
    this.system = system;
  }

  public Optional<Recipient> find(String userId) {
    Optional<Member> member = members.findById(userId);
    if (member.isPresent()) {
      return Optional.of(new Recipient(member.get().fullName(), member.get().getEmail()));
    }
    // The worker runs without a login; a step runs as its user: read the account as the system.
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return Optional.empty();
    }
    String name =
        (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
            .strip();
    return Optional.of(new Recipient(name.isEmpty() ? userId : name, user.getEmail()));
  }
}
