package org.samadhan.complaint;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The complaint categories: reference data loaded by a migration, read once. */
@Service
public class Categories {

	private final JdbcClient jdbc;

	private volatile Map<String, Category> byCode;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all() {
		return byCode().values().stream().sorted(Comparator.comparing(Category::code)).toList();
	}

	public Optional<Category> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode().get(code));
	}

	Category require(String code) {
		return find(code).orElseThrow(() -> new IllegalStateException("unknown category " + code));
	}

	private Map<String, Category> byCode() {
		Map<String, Category> cached = byCode;
		if (cached == null) {
			cached = jdbc
				.sql("select code, name_en, name_hi, opposite_party_statement_required from complaint_category")
				.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Category::code, Function.identity()));
			byCode = cached;
		}
		return cached;
	}
}
