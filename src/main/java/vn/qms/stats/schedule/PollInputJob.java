package vn.qms.stats.schedule;

import java.io.IOException;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Quartz job of the input-folder poll. Polls may overlap (on one instance or several):
 * claims keep each file to one of them.
 */
public class PollInputJob implements Job {

	private final Inbox inbox;

	public PollInputJob(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		try {
			this.inbox.poll();
		}
		catch (IOException | RuntimeException ex) {
			throw new JobExecutionException("Input folder poll: " + ex.getMessage(), ex, false);
		}
	}

}
