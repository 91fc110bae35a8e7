package org.samadhan.jurisdiction.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samadhan.jurisdiction.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficerRepository {

	private static final String SELECT = """
			select o.id, o.username, o.password_hash, o.name_en, o.name_hi, o.rank, o.mobile, o.posting_unit_id,
			       o.active, o.demo_account, r.role
			from jurisdiction_officer o left join jurisdiction_officer_role r on r.officer_id = o.id
			""";

	private final JdbcClient jdbc;

	OfficerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OfficerRow> findById(long id) {
		return first(jdbc.sql(SELECT + " where o.id = ?").param(id));
	}

	public Optional<OfficerRow> findByUsername(String username) {
		return first(jdbc.sql(SELECT + " where o.username = ?").param(username));
	}

	public List<OfficerRow> findByPostingsAndRole(Collection<Long> unitIds, Role role) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return collect(jdbc.sql(SELECT + """
				where o.active and o.posting_unit_id in (:units)
				  and exists (select 1 from jurisdiction_officer_role x where x.officer_id = o.id and x.role = :role)
				order by o.name_en""").param("units", unitIds).param("role", role.name()));
	}

	/** How many active officers still carry a demo account: a production start refuses to run with any. */
	public long countActiveDemoAccounts() {
		return jdbc.sql("select count(*) from jurisdiction_officer where active and demo_account").query(Long.class).single();
	}

	private Optional<OfficerRow> first(JdbcClient.StatementSpec spec) {
		return collect(spec).stream().findFirst();
	}

	private List<OfficerRow> collect(JdbcClient.StatementSpec spec) {
		Map<Long, OfficerRow> byId = new LinkedHashMap<>();
		spec.query(rs -> {
			long id = rs.getLong("id");
			OfficerRow row = byId.computeIfAbsent(id, k -> {
				try {
					return new OfficerRow(id, rs.getString("username"), rs.getString("password_hash"),
							rs.getString("name_en"), rs.getString("name_hi"), rs.getString("rank"), rs.getString("mobile"),
							rs.getLong("posting_unit_id"), rs.getBoolean("active"), rs.getBoolean("demo_account"),
							EnumSet.noneOf(Role.class));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			String role = rs.getString("role");
			if (role != null) {
				row.roles().add(Role.valueOf(role));
			}
		});
		return List.copyOf(byId.values());
	}

	public record OfficerRow(long id, String username, String passwordHash, String nameEn, String nameHi, String rank,
			String mobile, long postingUnitId, boolean active, boolean demoAccount, Set<Role> roles) {
	}
}
