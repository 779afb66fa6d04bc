package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import jakarta.servlet.FilterChain;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The public part's per-client limit, counted in the database (docs/showcase.md, "Rate limit"): a
 * client's allowance per minute window, independent clients, a new window, concurrent requests of
 * one client counted exactly once each (as on several nodes), no address stored, the answers past
 * the limit.
 */
class ShowcaseRateLimiterTest extends IntegrationTest {

  @Autowired ShowcaseRateLimiter limiter;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  /**
   * A whole minute ten minutes ahead: the windows of these tests are never purged by the other
   * tests' requests (only windows before the previous minute are).
   */
  static final long MINUTE = (System.currentTimeMillis() / 60_000 + 10) * 60_000;

  @Test
  void aClientGetsItsAllowancePerMinuteAndOthersAreNotCounted() {
    String client = "203.0.113." + UUID.randomUUID().hashCode();
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(client, MINUTE + 1_000 * i, 3)).isTrue();
    }
    assertThat(limiter.tryAcquire(client, MINUTE + 59_999, 3)).isFalse();
    assertThat(limiter.tryAcquire("198.51.100.7" + client, MINUTE + 59_999, 3)).isTrue();
    assertThat(limiter.tryAcquire(client, MINUTE + 60_000, 3)).as("next window").isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from showcase_rate_window where client_key = ?",
                Integer.class,
                client))
        .as("no address stored")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from showcase_rate_window where client_key = ?",
                Integer.class,
                limiter.clientKey(client)))
        .isPositive();
  }

  @Test
  void concurrentRequestsOfOneClientAreEachCountedOnce() throws Exception {
    String client = "192.0.2." + UUID.randomUUID().hashCode();
    long window = MINUTE + 5 * 60_000;
    AtomicInteger allowed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Future<?>[] calls = new Future<?>[40];
      for (int i = 0; i < calls.length; i++) {
        calls[i] =
            pool.submit(
                () -> {
                  if (limiter.tryAcquire(client, window + 10, 25)) {
                    allowed.incrementAndGet();
                  }
                });
      }
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(allowed.get()).isEqualTo(25);
    assertThat(
            jdbc.queryForObject(
                "select hits from showcase_rate_window where client_key = ? and window_start = ?",
                Integer.class,
                limiter.clientKey(client),
                window))
        .isEqualTo(40);
  }

  @Test
  void pastTheLimitTheShowcaseAnswers429AndOaiAnswers503WithRetryAfter() throws Exception {
    ShowcaseRateLimiter none =
        new ShowcaseRateLimiter(jdbc, transactions, 0, "test") {
          @Override
          public boolean tryAcquire(String clientAddress, long nowMillis) {
            return false;
          }
        };
    ShowcaseRateLimit.Limit filter = new ShowcaseRateLimit.Limit(none);
    FilterChain never =
        (request, response) -> {
          throw new AssertionError("the request went through");
        };

    MockHttpServletResponse page = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/vitrine"), page, never);
    assertThat(page.getStatus()).isEqualTo(429);
    assertThat(page.getHeader("Retry-After")).matches("[1-9][0-9]?");
    assertThat(page.getContentAsString()).contains("<html lang=\"fr\">", "Trop de requêtes");

    MockHttpServletResponse oai = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/oai"), oai, never);
    assertThat(oai.getStatus()).isEqualTo(503);
    assertThat(oai.getHeader("Retry-After")).isNotNull();
  }
}
