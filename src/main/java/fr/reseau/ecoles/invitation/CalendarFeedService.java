package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.calendar.EngineClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's secret subscription address: created, renewed, revoked, resolved. */
@Service
@Transactional
public class CalendarFeedService {

  /** 32 random bytes, base64url without padding. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CalendarFeedRepository feeds;
  private final PersonalCalendar calendar;

  public CalendarFeedService(CalendarFeedRepository feeds, PersonalCalendar calendar) {
    this.feeds = feeds;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  public Optional<String> tokenOf(String userId) {
    return feeds.findByUserId(userId).map(CalendarFeed::getToken);
  }

  /** A new address for the person; the previous one, if any, stops working at once. */
  public String renew(String userId) {
    String token = newToken();
    feeds
        .findByUserId(userId)
        .ifPresentOrElse(
            feed -> feed.renew(token, EngineClock.now()),
            () -> feeds.save(new CalendarFeed(userId, token, EngineClock.now())));
    return token;
  }

  /** The person's address stops working; true if there was one. */
  public boolean revoke(String userId) {
    Optional<CalendarFeed> feed = feeds.findByUserId(userId);
    feed.ifPresent(feeds::delete);
    return feed.isPresent();
  }

  /** The feed of the token's owner; empty for an unknown, revoked or malformed token. */
  @Transactional(readOnly = true)
  public Optional<byte[]> feed(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return feeds
        .findByToken(token)
        .map(
            feed ->
                IcsWriter.feed(
                    "Réseau d'écoles : mes dates",
                    calendar.entriesOf(feed.getUserId()),
                    EngineClock.now()));
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
