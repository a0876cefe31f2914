package vn.qms.stats.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #PER_ACCOUNT} failed sign-ins for one
 * account, or {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further
 * attempts are refused until the window has passed, even with the right password. The
 * memory it keeps is bounded ({@value #KEYS} keys, oldest forgotten first).
 */
@Component
public class SignInThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int KEYS = 10_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > KEYS;
		}

	};

	SignInThrottle() {
		this(Clock.systemUTC());
	}

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether a sign-in for this account from this address is refused now. */
	public synchronized boolean blocked(String username, String address) {
		return recent("u:" + username) >= PER_ACCOUNT || recent("a:" + address) >= PER_ADDRESS;
	}

	public synchronized void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.failures.computeIfAbsent("u:" + username, (key) -> new ArrayDeque<>()).addLast(now);
		this.failures.computeIfAbsent("a:" + address, (key) -> new ArrayDeque<>()).addLast(now);
	}

	public synchronized void succeeded(String username) {
		this.failures.remove("u:" + username);
	}

	private int recent(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		Instant since = this.clock.instant().minus(WINDOW);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
		return times.size();
	}

}
