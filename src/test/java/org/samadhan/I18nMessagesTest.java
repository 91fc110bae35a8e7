package org.samadhan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.jurisdiction.Role;

/**
 * Every text exists in Hindi and in English, and every message key the code and the templates name
 * exists in both; templates hold no text of their own.
 */
class I18nMessagesTest {

	private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

	private static final Pattern BRACED_KEY = Pattern.compile("\"\\{([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)}\"");

	private static final Set<String> NOT_KEYS_PREFIXES = Set.of("samadhan.", "spring.", "db.", "org.", "java.",
			"jakarta.", "data.", "server.", "management.",
			// paths of fields in a request, which a page or an upload maps to its own form fields or columns
			"complainant.", "posting.");

	@Test
	void hasEveryKeyInBothLanguages() throws IOException {
		Properties english = load("messages_en.properties");
		Properties hindi = load("messages_hi.properties");
		assertThat(english).isNotEmpty();
		assertThat(hindi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		hindi.stringPropertyNames()
			.forEach(key -> assertThat(hindi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key)));
	}

	@Test
	void hasATextForEveryKeyTheCodeNames() throws IOException {
		Properties english = load("messages_en.properties");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				collect(QUOTED_KEY.matcher(source), named);
				collect(BRACED_KEY.matcher(source), named);
			}
		}
		named.removeIf(key -> NOT_KEYS_PREFIXES.stream().anyMatch(key::startsWith) || key.endsWith(".csv"));
		assertThat(named).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsAll(named);
	}

	@Test
	void namesEveryStatusActionAndRoleForPeople() throws IOException {
		Properties hindi = load("messages_hi.properties");
		for (ComplaintStatus status : ComplaintStatus.values()) {
			assertThat(hindi).containsKey("status." + status.name());
		}
		for (ComplaintAction action : ComplaintAction.values()) {
			assertThat(hindi).containsKey("action." + action.name());
			if (action.isShownToCitizen()) {
				assertThat(hindi).containsKey("citizen.step." + action.name());
			}
		}
		for (Role role : Role.values()) {
			assertThat(hindi).containsKey("role." + role.name());
		}
	}

	/** Attributes people read or hear (screen readers): they must come from the messages too. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)");

	@Test
	void templatesHaveNoLiteralTextOnlyMessageKeys() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(Files.readString(template));
			for (Element element : page.getAllElements()) {
				if (element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						literal.add(template.getFileName() + ": text \"" + text.text().strip() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					boolean read = READ_ATTRIBUTES.contains(attribute.getKey()) || attribute.getKey().equals("value")
							&& (element.tagName().equals("button") || element.attr("type").matches("submit|button|reset"));
					if (read && LETTER.matcher(attribute.getValue()).find()) {
						literal.add(template.getFileName() + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(literal).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
	}

	@Test
	void hasATextForEveryKeyTheTemplatesName() throws IOException {
		Properties english = load("messages_en.properties");
		Set<String> named = new TreeSet<>();
		for (Path template : templates()) {
			collect(TEMPLATE_KEY.matcher(Files.readString(template)), named);
		}
		assertThat(named).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsAll(named);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".html")).toList();
			assertThat(found).isNotEmpty();
			return found;
		}
	}

	private static void collect(Matcher matcher, Set<String> into) {
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(I18nMessagesTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
