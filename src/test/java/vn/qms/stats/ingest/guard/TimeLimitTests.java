package vn.qms.stats.ingest.guard;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitTests {

	private final TimeLimit timeLimit = new TimeLimit(Duration.ofMillis(300));

	@Test
	void shouldStopASleepingTaskAndStillRunTheNext() {
		// given
		AtomicBoolean interrupted = new AtomicBoolean();
		// when
		TimedResult<String> slow = this.timeLimit.run(Format.XLSX, () -> {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				interrupted.set(true);
			}
			return "too late";
		});
		TimedResult<String> next = this.timeLimit.run(() -> "BM01");
		// then
		assertThat(slow.completed()).isFalse();
		assertThat(slow.verdict()).isEqualTo(GuardVerdict.reject(Format.XLSX, Reasons.TIMEOUT, 0L));
		assertThat(interrupted).isTrue();
		assertThat(next.completed()).isTrue();
		assertThat(next.value()).isEqualTo("BM01");
		assertThat(this.timeLimit.abandonedThreads()).isZero();
	}

	@Test
	void shouldStopALoopThatHonoursInterrupts() {
		// when
		TimedResult<Long> loop = this.timeLimit.run(() -> {
			long turns = 0;
			while (!Thread.currentThread().isInterrupted()) {
				turns++;
			}
			return turns;
		});
		// then
		assertThat(loop.verdict().reasonKey()).isEqualTo(Reasons.TIMEOUT);
		assertThat(this.timeLimit.abandonedThreads()).isZero();
	}

	@Test
	void shouldCountAThreadThatIgnoresTheInterruptAndNotWaitForIt() {
		// given
		AtomicBoolean stop = new AtomicBoolean();
		long start = System.nanoTime();
		// when
		TimedResult<Integer> stubborn = this.timeLimit.run(() -> {
			while (!stop.get()) {
				Thread.onSpinWait();
			}
			return 1;
		});
		// then
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(stubborn.verdict().reasonKey()).isEqualTo(Reasons.TIMEOUT);
		assertThat(this.timeLimit.abandonedThreads()).isEqualTo(1);
		stop.set(true);
	}

	@Test
	void shouldTurnAFailureIntoAVerdictWithoutAStackTrace() {
		// when
		TimedResult<Object> failed = this.timeLimit.run(() -> {
			throw new IllegalStateException("Ô A1 hỏng");
		});
		// then
		assertThat(failed.verdict()).isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.FAILED, "Ô A1 hỏng"));
		assertThat(failed.cause()).isInstanceOf(IllegalStateException.class);
		assertThat(failed.verdict().message(Locale.ENGLISH))
			.isEqualTo("The file could not be read because of an error: Ô A1 hỏng.");
	}

	@Test
	void shouldSayHowManySecondsInTheTimeoutMessage() {
		// given
		GuardVerdict verdict = GuardVerdict.reject(Format.XLSX, Reasons.TIMEOUT, 600L);
		// when / then
		assertThat(verdict.message(GuardVerdict.VIETNAMESE)).startsWith("Đọc tệp quá 600 giây nên đã dừng");
		assertThat(verdict.message(Locale.ENGLISH)).startsWith("Reading the file took longer than 600 seconds");
	}

}
