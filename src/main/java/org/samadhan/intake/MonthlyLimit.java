package org.samadhan.intake;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException.Reason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mobile number may file at most {@code samadhan.intake.monthly-limit-per-mobile} complaints
 * in a calendar month (IGRS's rule against abuse; 10 by default). The count is taken with one
 * guarded UPDATE, so two submits at the same moment cannot both take the last place.
 * <p>
 * The limit must protect the complainant, not the attacker, so filings are counted in three
 * places. Anyone can type someone else's number on the portal: filings there without proof count
 * as {@link Counted#PORTAL_UNPROVEN}, and once those are used up the portal asks for a one-time code
 * sent to the number. Filings made with that code count as {@link Counted#PORTAL_PROVEN}, the
 * number's own ten, which no stranger can touch. What an officer registers (operator, front desk,
 * helpline) counts as {@link Counted#OFFICE}; past that limit the officer may still register with a
 * written reason, which the complaint's history keeps.
 */
@Component
class MonthlyLimit {

	/** Where a filing is counted. */
	enum Counted {

		PORTAL_UNPROVEN("intake_mobile_quota"), PORTAL_PROVEN("intake_confirmed_quota"), OFFICE("intake_office_quota");

		private final String table;

		Counted(String table) {
			this.table = table;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int limit;

	/** The first complaint of a month inserts the row inside a savepoint, so a lost race can retry. */
	private final TransactionTemplate savepoint;

	MonthlyLimit(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${samadhan.intake.monthly-limit-per-mobile:10}") int limit) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
		this.limit = limit;
	}

	/**
	 * Takes one place for this mobile this month, or refuses; runs inside the registering
	 * transaction. Answers true when the place was past the limit and taken on an officer's written
	 * reason ({@code officerReason}, for {@link Counted#OFFICE} only). The first complaint of a month
	 * creates the row; when two race to create it, the loser's insert fails on the primary key and it
	 * counts on the row the winner made.
	 */
	boolean takePlace(String mobile, Counted counted, String officerReason) {
		String month = YearMonth.now(clock).toString();
		String table = counted.table;
		if (limit <= 0 || countOn(table, mobile, month) || createRow(table, mobile, month)
				|| countOn(table, mobile, month)) {
			return false;
		}
		if (counted == Counted.OFFICE && officerReason != null && !officerReason.isBlank()) {
			return true;
		}
		throw switch (counted) {
			case PORTAL_UNPROVEN -> new PolicyRefusal("intake.monthly-limit.prove-mobile",
					new Reason("MOBILE_NOT_PROVEN", "intake.monthly-limit.prove-mobile.reason", limit, month));
			case PORTAL_PROVEN -> new PolicyRefusal("intake.monthly-limit",
					new Reason("MONTHLY_LIMIT", "intake.monthly-limit.reason", limit, month));
			case OFFICE -> new PolicyRefusal("intake.monthly-limit",
					List.of(new Reason("MONTHLY_LIMIT", "intake.monthly-limit.reason", limit, month),
							new Reason("LIMIT_REASON_NEEDED", "intake.monthly-limit.officer-may-override")));
		};
	}

	private boolean countOn(String table, String mobile, String month) {
		return jdbc.sql("update " + table + " set used = used + 1 where mobile = ? and calendar_month = ? and used < ?")
			.params(mobile, month, limit)
			.update() == 1;
	}

	private boolean createRow(String table, String mobile, String month) {
		try {
			savepoint.executeWithoutResult(tx -> jdbc
				.sql("insert into " + table + " (mobile, calendar_month, used) values (?, ?, 1)")
				.params(mobile, month)
				.update());
			return true;
		}
		catch (DuplicateKeyException exists) {
			return false;
		}
	}
}
