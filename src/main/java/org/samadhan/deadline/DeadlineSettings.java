package org.samadhan.deadline;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.samadhan.complaint.Channel;
import org.samadhan.jurisdiction.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The time limits and stage clocks ({@code samadhan.deadline.*} in application.properties). Days
 * are counted as the complaint's channel counts them ({@link Counting}). A name that is not a
 * channel, stage or review level stops the start, so a typo cannot silently keep the default.
 */
@Component
@ConfigurationProperties("samadhan.deadline")
public class DeadlineSettings {

	/** Limits in days: per channel, tightened per category. */
	private final Limit limit = new Limit();

	/** Channels whose limits count working days; all others count calendar days. */
	private Set<Channel> workingDayChannels = EnumSet.noneOf(Channel.class);

	/** Days each stage may take, by {@link Stage} name; REVIEW_SHO, REVIEW_CO ... override REVIEW per level. */
	private Map<String, Integer> stage = new HashMap<>();

	/** Days before the limit at which the IO and SHO are warned. */
	private int warningMargin = 3;

	/** Days after an escalation at which a stage still not done escalates to the next level. */
	private int escalationInterval = 2;

	private final Sweep sweep = new Sweep();

	public static class Limit {

		private int defaultDays = 30;

		private Map<Channel, Integer> channel = new HashMap<>();

		private Map<String, Integer> category = new HashMap<>();

		public int getDefaultDays() {
			return defaultDays;
		}

		public void setDefaultDays(int defaultDays) {
			this.defaultDays = positive(defaultDays, "samadhan.deadline.limit.default-days");
		}

		public Map<Channel, Integer> getChannel() {
			return channel;
		}

		public void setChannel(Map<Channel, Integer> channel) {
			channel.forEach((k, v) -> positive(v, "samadhan.deadline.limit.channel." + k));
			this.channel = Map.copyOf(channel);
		}

		public Map<String, Integer> getCategory() {
			return category;
		}

		public void setCategory(Map<String, Integer> category) {
			Map<String, Integer> checked = new HashMap<>();
			category.forEach((k, v) -> checked.put(k.toUpperCase(java.util.Locale.ROOT), positive(v, "samadhan.deadline.limit.category." + k)));
			this.category = Map.copyOf(checked);
		}
	}

	public static class Sweep {

		/** Whether this instance runs the sweep on a schedule (any number of instances may). */
		private boolean enabled = true;

		private Duration interval = Duration.ofMinutes(1);

		/** Clocks claimed and handled in one transaction. */
		private int batchSize = 500;

		/** Threads of one instance that take batches side by side in one sweep. */
		private int workers = 2;

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getInterval() {
			return interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public int getBatchSize() {
			return batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = positive(batchSize, "samadhan.deadline.sweep.batch-size");
		}

		public int getWorkers() {
			return workers;
		}

		public void setWorkers(int workers) {
			this.workers = positive(workers, "samadhan.deadline.sweep.workers");
		}
	}

	/** The limit of a complaint of this channel and category: the category may only tighten it. */
	int limitDays(Channel channel, String categoryCode) {
		int days = limit.channel.getOrDefault(channel, limit.defaultDays);
		Integer byCategory = limit.category.get(categoryCode);
		return byCategory == null ? days : Math.min(days, byCategory);
	}

	Counting counting(Channel channel) {
		return workingDayChannels.contains(channel) ? Counting.WORKING : Counting.CALENDAR;
	}

	/** Days the stage may take, for a review stage at the owner's level first. */
	int stageDays(Stage s, Role owner) {
		Integer days = owner == null ? null : stage.get(s.name() + "_" + owner.name());
		if (days == null) {
			days = stage.get(s.name());
		}
		return days == null ? DEFAULT_STAGE_DAYS.get(s) : days;
	}

	private static final Map<Stage, Integer> DEFAULT_STAGE_DAYS = Map.of(Stage.MARKING, 1, Stage.ASSIGNMENT, 1,
			Stage.ENQUIRY, 15, Stage.REVIEW, 3, Stage.SPECIAL_CLOSURE, 3, Stage.REASSIGNMENT, 2, Stage.APPEAL, 7);

	public Limit getLimit() {
		return limit;
	}

	public Set<Channel> getWorkingDayChannels() {
		return workingDayChannels;
	}

	public void setWorkingDayChannels(Set<Channel> workingDayChannels) {
		this.workingDayChannels = workingDayChannels.isEmpty() ? EnumSet.noneOf(Channel.class)
				: EnumSet.copyOf(workingDayChannels);
	}

	public Map<String, Integer> getStage() {
		return stage;
	}

	public void setStage(Map<String, Integer> stage) {
		Map<String, Integer> checked = new HashMap<>();
		stage.forEach((name, days) -> {
			String key = name.toUpperCase(java.util.Locale.ROOT);
			boolean known = java.util.Arrays.stream(Stage.values())
				.anyMatch(s -> key.equals(s.name()) || java.util.Arrays.stream(Role.values())
					.anyMatch(r -> key.equals(s.name() + "_" + r.name())));
			if (!known) {
				throw new IllegalArgumentException("samadhan.deadline.stage." + name
						+ " names no stage (MARKING, ASSIGNMENT, ENQUIRY, REVIEW, REVIEW_<ROLE>, ...)");
			}
			checked.put(key, positive(days, "samadhan.deadline.stage." + name));
		});
		this.stage = Map.copyOf(checked);
	}

	public int getWarningMargin() {
		return warningMargin;
	}

	public void setWarningMargin(int warningMargin) {
		this.warningMargin = Math.max(0, warningMargin);
	}

	public int getEscalationInterval() {
		return escalationInterval;
	}

	public void setEscalationInterval(int escalationInterval) {
		this.escalationInterval = positive(escalationInterval, "samadhan.deadline.escalation-interval");
	}

	public Sweep getSweep() {
		return sweep;
	}

	private static int positive(int days, String key) {
		if (days < 1) {
			throw new IllegalArgumentException(key + " must be at least 1, not " + days);
		}
		return days;
	}
}
