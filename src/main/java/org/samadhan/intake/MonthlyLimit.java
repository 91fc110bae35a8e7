package org.samadhan.intake;

import java.time.Clock;
import java.time.YearMonth;

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
 * The portal's anonymous filings and those an officer registers (an operator, the front desk, the
 * helpline) are counted apart: anyone can type someone else's number on the portal, and ten such
 * filings must not shut that person out of the police station and 1076, where an officer hears them.
 */
@Component
class MonthlyLimit {

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
	 * transaction. The first complaint of a month creates the row; when two race to create it, the
	 * loser's insert fails on the primary key and it counts on the row the winner made.
	 */
	void takePlace(String mobile, boolean byOfficer) {
		String month = YearMonth.now(clock).toString();
		String table = byOfficer ? "intake_office_quota" : "intake_mobile_quota";
		if (limit > 0 && (countOn(table, mobile, month) || createRow(table, mobile, month)
				|| countOn(table, mobile, month))) {
			return;
		}
		throw new PolicyRefusal("intake.monthly-limit",
				new Reason("MONTHLY_LIMIT", "intake.monthly-limit.reason", limit, month));
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
