package org.samadhan.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;


import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the application sends while serving requests (the web server's threads,
 * not the timers') or sweeping deadlines (threads named {@code deadline-sweep...}), as it was
 * prepared: a JDBC batch counts once. A test counts what one call costs, and that a refused call
 * writes nothing. Import it with {@code @Import(StatementLog.class)}; it gives the test class a
 * context of its own.
 */
@TestConfiguration
public class StatementLog {

	private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

	private static final java.util.concurrent.atomic.AtomicInteger COMMITS = new java.util.concurrent.atomic.AtomicInteger();

	/** Forgets what was logged: call before the request to measure. */
	public static void clear() {
		STATEMENTS.clear();
		COMMITS.set(0);
	}

	/** The commits sent since {@link #clear()} (a connection in auto-commit counts none). */
	public static int commits() {
		return COMMITS.get();
	}

	/** The statements sent since {@link #clear()}, in order. */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS);
	}

	/** Those that write: insert, update, delete, merge (a select ... for update only locks). */
	public static List<String> writes() {
		return STATEMENTS.stream().filter(StatementLog::writes).toList();
	}

	static boolean writes(String sql) {
		String start = sql.stripLeading().toLowerCase(Locale.ROOT);
		return start.startsWith("insert") || start.startsWith("update") || start.startsWith("delete")
				|| start.startsWith("merge") || start.startsWith("with") && start.matches("(?s).*\\b(insert|update|delete)\\b.*");
	}

	@Bean
	static BeanPostProcessor statementLogging() {
		return new DataSourceWrapper() {
			@Override
			protected Connection connect(Pool pool) throws SQLException {
				return logged(pool.connection());
			}
		};
	}

	private static Connection logged(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
					&& args[0] instanceof String sql) {
				log(sql);
			}
			if (name.equals("commit") && Thread.currentThread().getName().contains("-exec-")) {
				COMMITS.incrementAndGet();
			}
			try {
				Object result = method.invoke(connection, args);
				return name.equals("createStatement") ? loggedStatement((Statement) result) : result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

	private static Statement loggedStatement(Statement statement) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
				log(sql);
			}
			try {
				return method.invoke(statement, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Statement.class },
				handler);
	}

	private static void log(String sql) {
		String thread = Thread.currentThread().getName();
		if (thread.contains("-exec-") || thread.startsWith("deadline-sweep")) {
			STATEMENTS.add(sql);
		}
	}
}
