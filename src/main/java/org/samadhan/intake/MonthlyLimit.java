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

	/** Takes one place for this mobile this month, or refuses; runs inside the registering transaction. */
	void takePlace(String mobile) {
		String month = YearMonth.now(clock).toString();
		int updated = jdbc.sql("update intake_mobile_quota set used = used + 1 where mobile = ? and month = ? and used < ?")
			.params(mobile, month, limit)
			.update();
		if (updated == 1) {
			return;
		}
		boolean exists = jdbc.sql("select count(*) from intake_mobile_quota where mobile = ? and month = ?")
			.params(mobile, month)
			.query(Long.class)
			.single() > 0;
		if (!exists && limit > 0) {
			try {
				savepoint.executeWithoutResult(tx -> jdbc
					.sql("insert into intake_mobile_quota (mobile, month, used) values (?, ?, 1)")
					.params(mobile, month)
					.update());
				return;
			}
			catch (DuplicateKeyException raced) {
				takePlace(mobile);
				return;
			}
		}
		throw new PolicyRefusal("intake.monthly-limit",
				new Reason("MONTHLY_LIMIT", "intake.monthly-limit.reason", limit, month));
	}
}
