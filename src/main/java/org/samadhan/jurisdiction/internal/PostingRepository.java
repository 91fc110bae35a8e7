package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated history of postings; a row is only ever ended, once (the database refuses the rest). */
@Repository
public class PostingRepository {

	private static final String COLUMNS = "id, officer_id, unit_id, roles, starts_on, order_ref, ends_on, end_reason";

	private final JdbcClient jdbc;

	PostingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void start(long officerId, long unitId, Set<Role> roles, LocalDate startsOn, String orderRef, Long by,
			Instant at) {
		jdbc.sql("""
				insert into jurisdiction_posting (officer_id, unit_id, roles, starts_on, order_ref, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(officerId, unitId, text(roles), startsOn, orderRef, by, SqlTime.param(at))
			.update();
	}

	/** Ends the officer's current posting, if any, on {@code endsOn}; answers whether there was one. */
	public boolean endCurrent(long officerId, LocalDate endsOn, String reason, Long by, Instant at) {
		return jdbc.sql("""
				update jurisdiction_posting set ends_on = ?, end_reason = ?, ended_by = ?, ended_at = ?
				where officer_id = ? and ends_on is null""")
			.params(endsOn, reason, by, SqlTime.param(at), officerId)
			.update() > 0;
	}

	public Optional<Row> current(long officerId) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_posting where officer_id = ? and ends_on is null")
			.param(officerId)
			.query(this::map)
			.optional();
	}

	/** The latest posting, current or ended: the district an officer without a posting belongs to. */
	public Optional<Row> latest(long officerId) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_posting where officer_id = ? order by id desc")
			.param(officerId)
			.query(this::map)
			.list()
			.stream()
			.findFirst();
	}

	public List<Row> history(long officerId) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_posting where officer_id = ? order by id")
			.param(officerId)
			.query(this::map)
			.list();
	}

	/** Who held a post at this unit on a day: postings that began by then and had not yet ended. */
	public List<Row> heldOn(long unitId, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + """
				 from jurisdiction_posting
				where unit_id = ? and starts_on <= ? and (ends_on is null or ends_on > ?) order by starts_on, id""")
			.params(unitId, day, day)
			.query(this::map)
			.list();
	}

	public long currentAt(long unitId) {
		return jdbc.sql("select count(*) from jurisdiction_posting where unit_id = ? and ends_on is null")
			.param(unitId)
			.query(Long.class)
			.single();
	}

	private Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("officer_id"), rs.getLong("unit_id"), roles(rs.getString("roles")),
				rs.getObject("starts_on", LocalDate.class), rs.getString("order_ref"),
				rs.getObject("ends_on", LocalDate.class), rs.getString("end_reason"));
	}

	static String text(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> roles(String text) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	public record Row(long id, long officerId, long unitId, Set<Role> roles, LocalDate startsOn, String orderRef,
			LocalDate endsOn, String endReason) {
	}
}
