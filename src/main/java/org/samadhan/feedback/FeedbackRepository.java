package org.samadhan.feedback;

import java.time.Instant;
import java.util.Optional;

import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows the feedback module's services share: the call-list entries (feedback requests). */
@Repository
class FeedbackRepository {

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a row and answers its generated id. */
	long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * The open call-list entry of a complaint, its row locked until the transaction ends: a link
	 * answer, a desk call and a second desk call on one complaint go one after the other, and the
	 * later ones find the entry closed.
	 */
	Optional<OpenRequest> lockOpenRequest(long complaintId) {
		return jdbc.sql("""
				select id, complaint_id, district_id, requested_at from feedback_request
				where complaint_id = ? and closed_at is null order by id desc limit 1 for update""")
			.param(complaintId)
			.query((rs, n) -> new OpenRequest(rs.getLong("id"), rs.getLong("complaint_id"), rs.getLong("district_id"),
					SqlTime.read(rs, "requested_at")))
			.optional();
	}

	/** The complaint left FEEDBACK_PENDING: its entry leaves the call list and its links stop working. */
	void closeRequests(long complaintId, String outcome, Instant at) {
		jdbc.sql("update feedback_request set closed_at = ?, outcome = ? where complaint_id = ? and closed_at is null")
			.params(SqlTime.param(at), outcome, complaintId)
			.update();
		jdbc.sql("update feedback_link set closed_at = ? where complaint_id = ? and used_at is null and closed_at is null")
			.params(SqlTime.param(at), complaintId)
			.update();
	}

	record OpenRequest(long id, long complaintId, long districtId, Instant requestedAt) {
	}
}
